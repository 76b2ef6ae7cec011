package se.westum.consortium.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.FiscalYear;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.Position;
import se.westum.consortium.domain.governance.PositionKind;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.BoardSection;
import se.westum.consortium.domain.report.EventsSection;
import se.westum.consortium.domain.report.Figure;
import se.westum.consortium.domain.report.FiguresSection;
import se.westum.consortium.domain.report.FindingsSection;
import se.westum.consortium.domain.report.FiscalYearSection;
import se.westum.consortium.domain.report.GoalSection;
import se.westum.consortium.domain.report.GoalsSection;
import se.westum.consortium.domain.report.Narrative;
import se.westum.consortium.domain.report.PositionsSection;
import se.westum.consortium.domain.report.ProjectsSection;
import se.westum.consortium.domain.report.SectionId;
import se.westum.consortium.domain.report.SignaturesSection;
import se.westum.consortium.domain.report.StaffSection;
import se.westum.consortium.domain.report.Trace;

/** One computation of one year's report, inside one transaction. */
final class AnnualReportComputation {

  private final Storage storage;
  private final FiscalYear year;
  private final int y;

  AnnualReportComputation(Storage storage, FiscalYear year) {
    this.storage = storage;
    this.year = year;
    this.y = year.year().getValue();
  }

  AnnualReport report(Narrative narrative) {
    Optional<BoardTerm> term = boardTerm();
    BoardSection board = board(term);
    List<Goal> goals = goals();
    return new AnnualReport(
        y,
        fiscalYearSection(),
        board,
        positions(term),
        goalsSection(goals),
        goals.stream().map(this::goalSection).toList(),
        new ProjectsSection(List.of()),
        new EventsSection(List.of()),
        new FiguresSection(
            Figure.count("figures.paying-members", 0, Trace.of("member", List.of(), "todo")),
            Figure.count("figures.municipalities", 0, Trace.of("member", List.of(), "todo")),
            List.of(),
            List.of()),
        new StaffSection(
            List.of(),
            Figure.count("staff.started", 0, Trace.of("staff", List.of(), "todo")),
            Figure.count("staff.left", 0, Trace.of("staff", List.of(), "todo"))),
        new FindingsSection(
            List.of(), Figure.count("findings.count", 0, Trace.of("finding", List.of(), "todo"))),
        new SignaturesSection(board.members().stream().map(BoardSection.Member::role).toList()),
        narrative);
  }

  private FiscalYearSection fiscalYearSection() {
    Trace rule =
        Trace.of("fiscal-year", List.of(), "the fiscal year is the calendar year (FiscalYear.of)");
    return new FiscalYearSection(
        y,
        Figure.day("fiscal-year.start", year.period().start(), rule),
        Figure.day("fiscal-year.end", year.period().end(), rule));
  }

  /** The term in force at the end of the year: the board that reports. */
  private Optional<BoardTerm> boardTerm() {
    return storage.boardTerms().all().stream()
        .filter(t -> year.overlaps(t.period()))
        .max(Comparator.comparing(t -> t.period().start()));
  }

  private BoardSection board(Optional<BoardTerm> term) {
    List<BoardSeat> seats =
        term.map(t -> t.seats().stream().sorted(Comparator.comparing(BoardSeat::role)).toList())
            .orElse(List.of());
    List<String> ids = term.map(t -> List.of(t.id().value())).orElse(List.of());
    Figure members =
        Figure.count(
            "board.members",
            seats.size(),
            Trace.of("board-term", ids, "the seats of the board term overlapping the fiscal year"));
    return new BoardSection(
        seats.stream().map(s -> new BoardSection.Member(s.role(), s.name().value())).toList(),
        members,
        List.of(),
        Figure.count("board.sessions", 0, Trace.of("meeting", List.of(), "todo")));
  }

  private PositionsSection positions(Optional<BoardTerm> term) {
    List<Position> positions = term.map(BoardTerm::positions).orElse(List.of());
    List<String> ids = term.map(t -> List.of(t.id().value())).orElse(List.of());
    List<PositionsSection.Holder> holders = new ArrayList<>();
    for (PositionKind kind : PositionKind.values()) {
      positions.stream()
          .filter(p -> p.kind() == kind)
          .forEach(p -> holders.add(new PositionsSection.Holder(kind, p.name().value())));
    }
    return new PositionsSection(
        holders,
        Figure.count(
            "positions.nomination-committee",
            positions.stream().filter(p -> p.kind() == PositionKind.NOMINATION_COMMITTEE).count(),
            Trace.of("board-term", ids, "positions of kind NOMINATION_COMMITTEE of the term")),
        Figure.count(
            "positions.auditors",
            positions.stream().filter(p -> p.kind() == PositionKind.AUDITOR).count(),
            Trace.of("board-term", ids, "positions of kind AUDITOR of the term")));
  }

  private List<Goal> goals() {
    return storage.goals().ofYear(year.year()).stream()
        .sorted(Comparator.comparing(g -> RomanNumerals.value(g.number())))
        .toList();
  }

  private GoalsSection goalsSection(List<Goal> goals) {
    return new GoalsSection(
        goals.stream()
            .map(
                g ->
                    new GoalsSection.Item(
                        g.id().value(), g.number(), g.title(), SectionId.goal(g.number())))
            .toList(),
        Figure.count(
            "goals.count",
            goals.size(),
            Trace.of(
                "goal",
                goals.stream().map(g -> g.id().value()).toList(),
                "goals of the fiscal year's operational plan")));
  }

  private GoalSection goalSection(Goal goal) {
    return new GoalSection(
        goal.id().value(),
        goal.number(),
        goal.title(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
