package se.westum.consortium.domain.report;

import java.util.List;
import java.util.Objects;

/**
 * The fiscal year (verksamhetsår) the report covers.
 *
 * @param year the year it is named by
 * @param start its first day, a figure traced to the rule that sets the fiscal year
 * @param end its last day
 */
public record FiscalYearSection(int year, Figure start, Figure end) implements ReportSection {

  /** Requires both days. */
  public FiscalYearSection {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  @Override
  public SectionId id() {
    return SectionId.FISCAL_YEAR;
  }

  @Override
  public List<Figure> figures() {
    return List.of(start, end);
  }
}
