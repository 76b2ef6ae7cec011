/*
 * Copyright 2026 the consortium library authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except
 * in compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License
 * is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express
 * or implied. See the License for the specific language governing permissions and limitations under
 * the License.
 */
package se.westum.consortium.application.service;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.FiscalYear;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.OrganisationParticipants;
import se.westum.consortium.domain.governance.Participation;
import se.westum.consortium.domain.governance.Position;
import se.westum.consortium.domain.governance.PositionKind;
import se.westum.consortium.domain.governance.StaffMember;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.County;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.membership.MunicipalityRegister;
import se.westum.consortium.domain.membership.PaidInFullPolicy;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectStatus;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.BoardSection;
import se.westum.consortium.domain.report.EventsSection;
import se.westum.consortium.domain.report.Figure;
import se.westum.consortium.domain.report.FiguresSection;
import se.westum.consortium.domain.report.FindingsSection;
import se.westum.consortium.domain.report.FiscalYearSection;
import se.westum.consortium.domain.report.GoalSection;
import se.westum.consortium.domain.report.GoalsSection;
import se.westum.consortium.domain.report.Keys;
import se.westum.consortium.domain.report.Narrative;
import se.westum.consortium.domain.report.NarrativeFigurePolicy;
import se.westum.consortium.domain.report.NarrativeFragment;
import se.westum.consortium.domain.report.PositionsSection;
import se.westum.consortium.domain.report.ProjectSection;
import se.westum.consortium.domain.report.ProjectsSection;
import se.westum.consortium.domain.report.ReportFinding;
import se.westum.consortium.domain.report.ReportSection;
import se.westum.consortium.domain.report.SectionId;
import se.westum.consortium.domain.report.SignaturesSection;
import se.westum.consortium.domain.report.StaffSection;
import se.westum.consortium.domain.report.Trace;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.training.FocusArea;
import se.westum.consortium.domain.training.Training;

/**
 * One computation of one year's report, inside one transaction. Records dated after the fiscal year
 * count up to {@code asOf}, the day the report is written for (the seed gives the visits of
 * 2017-02-28 and the consumption of March 2017 in the report of 2016).
 */
final class AnnualReportComputation {

  private final Storage storage;
  private final ProjectService projects;
  private final TrainingService training;
  private final FiscalYear year;
  private final LocalDate asOf;
  private final int y;
  private final List<ReportFinding> findings = new ArrayList<>();

  AnnualReportComputation(
      Storage storage,
      ProjectService projects,
      TrainingService training,
      FiscalYear year,
      LocalDate asOf) {
    this.storage = storage;
    this.projects = projects;
    this.training = training;
    this.year = year;
    this.asOf = asOf;
    this.y = year.year().getValue();
  }

  AnnualReport report(Narrative narrative) {
    Optional<BoardTerm> term = boardTerm();
    BoardSection board = board(term);
    List<Goal> goals = goals();
    Map<OrganisationNumber, Member> members = new HashMap<>();
    try (Stream<Member> all = storage.members().stream()) {
      all.forEach(m -> members.put(m.organisationNumber(), m));
    }
    FiguresSection figures = figures(members, board);
    List<Event> allEvents;
    try (Stream<Event> all = storage.events().stream()) {
      allEvents = all.toList();
    }
    List<Event> ofYear =
        allEvents.stream()
            .filter(e -> year.overlaps(e.dates()))
            .sorted(
                Comparator.comparing((Event e) -> e.dates().start())
                    .thenComparing(e -> e.id().value()))
            .toList();
    ProjectSectionComputation projectSections =
        new ProjectSectionComputation(storage, projects, training, year, asOf, members, findings);
    List<Project> reported = reportedProjects();
    Map<String, ProjectSection> sections = new LinkedHashMap<>();
    for (Project project : reported) {
      sections.put(project.id().value(), projectSections.section(project, allEvents));
    }
    List<GoalSection> goalSections = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    for (Goal goal : goals) {
      goalSections.add(goalSection(goal, goals, ofYear, reported, sections, placed));
    }
    Set<String> goalIds = new TreeSet<>();
    goals.forEach(g -> goalIds.add(g.id().value()));
    List<ProjectSection> other =
        sections.values().stream().filter(s -> !placed.contains(s.project())).toList();
    List<EventsSection.Event> otherEvents =
        ofYear.stream()
            .filter(e -> e.goal().map(g -> !goalIds.contains(g.value())).orElse(true))
            .map(this::event)
            .toList();
    StaffSection staff = staff();
    FiguresSection withHeadline =
        new FiguresSection(
            figures.payingMembers(),
            figures.municipalities(),
            figures.regions(),
            headline(board, ofYear, sections.values()));
    // the narrative is checked last: its findings are findings of the report
    List<ReportSection> checked = new ArrayList<>();
    checked.add(fiscalYearSection());
    checked.add(board);
    checked.add(positions(term));
    checked.add(goalsSection(goals));
    checked.addAll(goalSections);
    goalSections.forEach(g -> checked.addAll(g.projects()));
    checked.add(new ProjectsSection(other));
    other.forEach(checked::add);
    checked.add(new EventsSection(otherEvents));
    checked.add(withHeadline);
    checked.add(staff);
    NarrativeFigurePolicy policy = new NarrativeFigurePolicy();
    for (NarrativeFragment fragment : narrative.fragments()) {
      List<Figure> of =
          checked.stream()
              .filter(s -> s.id().equals(fragment.section()))
              .findFirst()
              .map(ReportSection::figures)
              .orElse(List.of());
      findings.addAll(policy.assess(fragment, of));
    }
    List<ReportFinding> sorted =
        findings.stream()
            .sorted(Comparator.comparing(ReportFinding::rule).thenComparing(ReportFinding::subject))
            .toList();
    return new AnnualReport(
        y,
        fiscalYearSection(),
        board,
        positions(term),
        goalsSection(goals),
        goalSections,
        new ProjectsSection(other),
        new EventsSection(otherEvents),
        withHeadline,
        staff,
        new FindingsSection(
            sorted,
            Figure.count(
                "findings.count",
                sorted.size(),
                Trace.counted("finding", sorted.size(), "rules found broken in " + y))),
        new SignaturesSection(board.members().stream().map(BoardSection.Member::role).toList()),
        narrative);
  }

  private FiscalYearSection fiscalYearSection() {
    Trace rule =
        Trace.counted("fiscal-year", 0, "the fiscal year is the calendar year (FiscalYear.of)");
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
    List<String> termIds = term.map(t -> List.of(t.id().value())).orElse(List.of());
    Figure members =
        Figure.count(
            "board.members",
            seats.size(),
            Trace.of(
                "board-term", termIds, "the seats of the board term in force at the year's end"));
    List<Meeting> held = storage.meetings().startingIn(year.period());
    List<BoardSection.MeetingCount> counts = new ArrayList<>();
    List<String> sessionIds = new ArrayList<>();
    long sessions = 0;
    for (MeetingKind kind : List.of(MeetingKind.BOARD_MEETING, MeetingKind.STRATEGY_DAY)) {
      List<Meeting> of =
          held.stream()
              .filter(m -> m.kind() == kind)
              .sorted(Comparator.comparing(m -> m.dates().start()))
              .toList();
      List<String> ids = of.stream().map(m -> m.id().value()).toList();
      long days = of.stream().mapToLong(m -> m.dates().days()).sum();
      String k = "board." + Keys.slug(kind.name());
      String rule = "meetings of kind " + kind + " starting in " + y;
      counts.add(
          new BoardSection.MeetingCount(
              kind,
              Figure.count(k + ".meetings", of.size(), Trace.of("meeting", ids, rule)),
              Figure.count(
                  k + ".days", days, Trace.of("meeting", ids, "the days of the " + rule))));
      sessionIds.addAll(ids);
      // a strategy meeting counts once per day, as the seed counts "sammanträden"
      sessions += kind == MeetingKind.STRATEGY_DAY ? days : of.size();
    }
    return new BoardSection(
        seats.stream().map(s -> new BoardSection.Member(s.role(), s.name().value())).toList(),
        members,
        counts,
        Figure.count(
            "board.sessions",
            sessions,
            Trace.of(
                "meeting",
                sessionIds,
                "board meetings plus the days of strategy-day meetings starting in " + y)));
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

  /**
   * The projects the report covers: those active during the year, and applications (draft or
   * submitted) whose deadline falls in the year or before the report's day.
   */
  private List<Project> reportedProjects() {
    return storage.projects().all().stream()
        .filter(
            p ->
                p.activeDuring(year.period())
                    || (p.status() == ProjectStatus.DRAFT_APPLICATION
                            || p.status() == ProjectStatus.SUBMITTED)
                        && p.applicationDeadline()
                            .map(d -> !d.isBefore(year.period().start()) && !d.isAfter(asOf))
                            .orElse(false))
        .sorted(Comparator.comparing(p -> p.period().start()))
        .toList();
  }

  /**
   * A goal's section. A project is linked to a goal when it names the goal among its own goals
   * ({@link Project#goals()}, a recorded link); it is shown in full once, under its main goal (see
   * {@link #mainGoal}), and named as also linked under its other goals. An event is under the goal
   * it is linked to; organising one does not link its project to that goal (the organiser is free
   * text, and the recorded link says what an event could only suggest). The trainings listed are
   * those of the reported projects that name this goal ({@link Training#goal()}), whatever goals
   * their project names: a project working towards several goals delivers each training for one.
   * The decisions linked are those the records under the goal name: the decisions that approved (or
   * rejected) its trainings, and the focus-area choices of the projects shown in full under it (a
   * project's needs analysis is part of its full section, not of the goals it is also linked to).
   */
  private GoalSection goalSection(
      Goal goal,
      List<Goal> goals,
      List<Event> ofYear,
      List<Project> reported,
      Map<String, ProjectSection> sections,
      Set<String> placed) {
    List<Event> linked =
        ofYear.stream().filter(e -> e.goal().map(goal.id()::equals).orElse(false)).toList();
    List<ProjectSection> full = new ArrayList<>();
    List<String> also = new ArrayList<>();
    List<String> trainings = new ArrayList<>();
    Set<DecisionId> decisionIds = new LinkedHashSet<>();
    for (Project project : reported) {
      String acronym = project.id().value();
      if (!project.goals().contains(goal.id())) {
        continue;
      }
      if (mainGoal(project, goals).filter(goal.id()::equals).isPresent() && placed.add(acronym)) {
        full.add(sections.get(acronym));
        for (FocusArea area : storage.focusAreas().ofProject(project.id())) {
          area.decision().ifPresent(decisionIds::add);
        }
      } else {
        also.add(acronym);
      }
    }
    for (Project project : reported) {
      for (Training t : storage.trainings().ofProject(project.id())) {
        if (t.goal().filter(goal.id()::equals).isPresent()) {
          trainings.add(t.id().value());
          t.decision().ifPresent(decisionIds::add);
        }
      }
    }
    List<GoalSection.DecisionItem> decisions = new ArrayList<>();
    for (DecisionId id : decisionIds) {
      Optional<Decision> decision = storage.decisions().find(id);
      Optional<Meeting> meeting = storage.meetings().find(id.meeting());
      if (decision.isPresent()
          && meeting.isPresent()
          && year.contains(meeting.get().dates().start())) {
        decisions.add(
            new GoalSection.DecisionItem(
                id.meeting().value() + "§" + id.paragraph(),
                id.meeting().value(),
                meeting.get().dates().start(),
                decision.get().subject(),
                decision.get().outcome()));
      }
    }
    decisions.sort(
        Comparator.comparing(GoalSection.DecisionItem::date)
            .thenComparing(GoalSection.DecisionItem::decision));
    return new GoalSection(
        goal.id().value(),
        goal.number(),
        goal.title(),
        full,
        also,
        trainings,
        linked.stream().map(this::event).toList(),
        decisions);
  }

  /**
   * The goal a project is shown in full under: the first of its own goals that is a goal of the
   * year (a project names the goal it serves most first); empty when it names none of them.
   */
  private static Optional<GoalId> mainGoal(Project project, List<Goal> goals) {
    return project.goals().stream()
        .filter(goal -> goals.stream().anyMatch(g -> g.id().equals(goal)))
        .findFirst();
  }

  private EventsSection.Event event(Event event) {
    String k = "event." + Keys.slug(event.id().value());
    String id = event.id().value();
    Participation participation = event.participation();
    String how =
        participation instanceof Participation.Total
            ? "the participants recorded as a total"
            : participation instanceof Participation.ByOrganisation
                ? "the participants recorded per organisation, summed"
                : "the people recorded as participants";
    Trace record = Trace.of("event", List.of(id), how);
    List<EventsSection.OrganisationCount> byOrganisation = new ArrayList<>();
    if (participation instanceof Participation.ByOrganisation o) {
      for (OrganisationParticipants row : o.rows()) {
        byOrganisation.add(
            new EventsSection.OrganisationCount(
                row.organisation(),
                row.country(),
                Figure.count(
                    k + ".organisation." + Keys.slug(row.organisation()),
                    row.count(),
                    Trace.of(
                        "event", List.of(id), "the participants recorded for the organisation"))));
      }
    }
    List<EventsSection.CountryCount> byCountry = new ArrayList<>();
    new TreeMap<>(participation.byCountry())
        .forEach(
            (country, count) ->
                byCountry.add(
                    new EventsSection.CountryCount(
                        country,
                        Figure.count(
                            k + ".country." + Keys.slug(country),
                            count,
                            Trace.of(
                                "event",
                                List.of(id),
                                "the participants recorded for organisations of the country")))));
    Optional<Figure> organisations =
        participation.organisations().isPresent()
            ? Optional.of(
                Figure.count(
                    k + ".organisations",
                    participation.organisations().getAsInt(),
                    Trace.of("event", List.of(id), "the organisations recorded")))
            : Optional.empty();
    Optional<Figure> distinct =
        participation instanceof Participation.ByPerson p
            ? Optional.of(
                Figure.count(
                    k + ".distinct-people",
                    p.people().size(),
                    Trace.of("event", List.of(id), "the distinct people recorded")))
            : Optional.empty();
    return new EventsSection.Event(
        id,
        event.kind(),
        event.name(),
        event.dates().start(),
        event.dates().end(),
        event.place(),
        event.country(),
        event.organiser(),
        Figure.count(k + ".participants", participation.total(), record),
        organisations,
        byOrganisation,
        byCountry,
        distinct);
  }

  /** Paying members and their municipalities, by the {@code paid-in-full} rule. */
  private FiguresSection figures(Map<OrganisationNumber, Member> members, BoardSection board) {
    Year fy = year.year();
    Map<OrganisationNumber, AnnualFee> feeOf = new HashMap<>();
    storage.annualFees().ofYear(fy).forEach(f -> feeOf.put(f.member(), f));
    Map<OrganisationNumber, List<Payment>> paymentsOf = new HashMap<>();
    storage
        .payments()
        .ofYear(fy)
        .forEach(p -> paymentsOf.computeIfAbsent(p.member(), m -> new ArrayList<>()).add(p));
    PaidInFullPolicy paidInFull = new PaidInFullPolicy();
    List<String> paying = new ArrayList<>();
    Set<MunicipalityCode> covered = new TreeSet<>(Comparator.comparing(MunicipalityCode::value));
    for (Member member :
        members.values().stream()
            .sorted(Comparator.comparing(m -> m.organisationNumber().value()))
            .toList()) {
      Optional<AnnualFee> fee = Optional.ofNullable(feeOf.get(member.organisationNumber()));
      Finding finding =
          paidInFull.assess(
              fy, fee, paymentsOf.getOrDefault(member.organisationNumber(), List.of()));
      if (finding.satisfied()) {
        paying.add(member.organisationNumber().value());
        covered.addAll(member.covers());
      } else if (fee.isPresent()) {
        String id = member.organisationNumber().value();
        findings.add(
            ReportFinding.of(
                finding,
                id + " " + member.name(),
                Trace.of("member", List.of(id), PaidInFullPolicy.RULE)));
      }
    }
    MunicipalityRegister register = MunicipalityRegister.sweden();
    Set<String> regions = new LinkedHashSet<>();
    covered.stream()
        .map(register::municipality)
        .flatMap(Optional::stream)
        .map(m -> m.county())
        .distinct()
        .sorted(Comparator.comparing(c -> c.value()))
        .map(register::county)
        .flatMap(Optional::stream)
        .map(County::name)
        .forEach(regions::add);
    String rule =
        "members whose payments for " + y + " cover their fee (" + PaidInFullPolicy.RULE + ")";
    return new FiguresSection(
        Figure.count("figures.paying-members", paying.size(), Trace.of("member", paying, rule)),
        Figure.count(
            "figures.municipalities",
            covered.size(),
            Trace.of("member", paying, "distinct municipalities covered by the " + rule)),
        List.copyOf(regions),
        List.of());
  }

  private List<Figure> headline(
      BoardSection board, List<Event> ofYear, Collection<ProjectSection> sections) {
    List<Figure> headline = new ArrayList<>();
    headline.add(board.sessions());
    List<String> eventIds = ofYear.stream().map(e -> e.id().value()).toList();
    headline.add(
        Figure.count(
            "figures.events",
            ofYear.size(),
            Trace.of("event", eventIds, "events overlapping " + y)));
    headline.add(
        Figure.count(
            "figures.event-participants",
            ofYear.stream().mapToLong(e -> e.participation().total()).sum(),
            Trace.of(
                "event",
                eventIds,
                "the participants of the events overlapping " + y + ", summed")));
    List<String> running =
        sections.stream()
            .filter(s -> s.status() == ProjectStatus.RUNNING)
            .map(ProjectSection::project)
            .toList();
    headline.add(
        Figure.count(
            "figures.running-projects",
            running.size(),
            Trace.of("project", running, "projects of the report with status RUNNING")));
    return headline;
  }

  /**
   * The staff changes: employments that started in the year or start after it up to the report's
   * day, and employments that ended in the year.
   */
  private StaffSection staff() {
    List<StaffSection.Change> changes = new ArrayList<>();
    List<String> started = new ArrayList<>();
    List<String> left = new ArrayList<>();
    for (StaffMember member : storage.staff().all()) {
      LocalDate start = member.started();
      if (!start.isBefore(year.period().start()) && !start.isAfter(asOf)) {
        started.add(member.id().value());
        changes.add(
            new StaffSection.Change(
                StaffSection.ChangeKind.STARTED,
                member.name().value(),
                member.role(),
                start,
                member.ended(),
                List.copyOf(member.projects())));
      }
      if (member.ended().filter(year::contains).isPresent()) {
        left.add(member.id().value());
        changes.add(
            new StaffSection.Change(
                StaffSection.ChangeKind.LEFT,
                member.name().value(),
                member.role(),
                member.ended().get(),
                Optional.empty(),
                List.copyOf(member.projects())));
      }
    }
    changes.sort(Comparator.comparing(StaffSection.Change::day));
    return new StaffSection(
        changes,
        Figure.count(
            "staff.started",
            started.size(),
            Trace.of(
                "staff",
                started,
                "employments starting from " + year.period().start() + " to " + asOf)),
        Figure.count(
            "staff.left", left.size(), Trace.of("staff", left, "employments ending in " + y)));
  }
}
