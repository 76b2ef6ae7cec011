package se.westum.consortium.domain.report;

import java.util.List;
import se.westum.consortium.domain.governance.BoardRole;

/**
 * The signature page the report ends with: a line for each board member, by role, for signing at
 * the annual meeting.
 *
 * @param lines one role per board seat, in the board section's order
 */
public record SignaturesSection(List<BoardRole> lines) implements ReportSection {

  /** Copies the list. */
  public SignaturesSection {
    lines = List.copyOf(lines);
  }

  @Override
  public SectionId id() {
    return SectionId.SIGNATURES;
  }

  @Override
  public List<Figure> figures() {
    return List.of();
  }
}
