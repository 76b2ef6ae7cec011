package se.westum.consortium.domain.report;

import java.util.List;

/**
 * A section of the annual report, in the seed's order; its id names its narrative fragment.
 * Renderers match on the kinds (the set is closed).
 */
public sealed interface ReportSection
    permits FiscalYearSection,
        BoardSection,
        PositionsSection,
        GoalsSection,
        GoalSection,
        ProjectSection,
        ProjectsSection,
        EventsSection,
        FiguresSection,
        StaffSection,
        FindingsSection,
        SignaturesSection {

  /** The section's stable id. */
  SectionId id();

  /** Every figure of the section and its subsections, in reading order. */
  List<Figure> figures();
}
