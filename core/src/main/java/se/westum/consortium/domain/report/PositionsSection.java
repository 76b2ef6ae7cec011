package se.westum.consortium.domain.report;

import java.util.List;
import java.util.Objects;
import se.westum.consortium.domain.governance.PositionKind;

/**
 * Other positions of trust (övriga förtroendeposter): the nomination committee and the auditors.
 *
 * @param holders every holder, nomination committee first, each named by position
 * @param nominationCommittee how many sit on the nomination committee
 * @param auditors how many auditors
 */
public record PositionsSection(List<Holder> holders, Figure nominationCommittee, Figure auditors)
    implements ReportSection {

  /** Copies the list; requires the figures. */
  public PositionsSection {
    holders = List.copyOf(holders);
    Objects.requireNonNull(nominationCommittee, "nominationCommittee");
    Objects.requireNonNull(auditors, "auditors");
  }

  /** The holders of one kind of position. */
  public List<Holder> of(PositionKind kind) {
    return holders.stream().filter(h -> h.kind() == kind).toList();
  }

  @Override
  public SectionId id() {
    return SectionId.POSITIONS;
  }

  @Override
  public List<Figure> figures() {
    return List.of(nominationCommittee, auditors);
  }

  /**
   * A position holder.
   *
   * @param kind the position
   * @param name the holder's name, shown because the report names positions
   */
  public record Holder(PositionKind kind, String name) {
    /** Requires both. */
    public Holder {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
    }
  }
}
