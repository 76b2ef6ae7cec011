package se.westum.consortium.domain.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The year in figures (verksamheten i siffror): the paying members, the municipalities they cover
 * in their regions, and the year's headline figures.
 *
 * @param payingMembers the members who paid their fee of the year
 * @param municipalities the municipalities the paying members cover (a member may cover several)
 * @param regions the regions (counties) those municipalities lie in, by name
 * @param headline the year's other headline figures (sessions, events, participants, visits, ...)
 *     repeated from their sections
 */
public record FiguresSection(
    Figure payingMembers, Figure municipalities, List<String> regions, List<Figure> headline)
    implements ReportSection {

  /** Requires the figures; copies the lists. */
  public FiguresSection {
    Objects.requireNonNull(payingMembers, "payingMembers");
    Objects.requireNonNull(municipalities, "municipalities");
    regions = List.copyOf(regions);
    headline = List.copyOf(headline);
  }

  @Override
  public SectionId id() {
    return SectionId.FIGURES;
  }

  @Override
  public List<Figure> figures() {
    List<Figure> all = new ArrayList<>(List.of(payingMembers, municipalities));
    all.addAll(headline);
    return List.copyOf(all);
  }
}
