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

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.Governance;
import se.westum.consortium.application.port.in.GovernanceDataset;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.in.RecordBoardTermCommand;
import se.westum.consortium.application.port.in.RecordDecisionCommand;
import se.westum.consortium.application.port.in.RecordEventCommand;
import se.westum.consortium.application.port.in.RecordGoalCommand;
import se.westum.consortium.application.port.in.RecordMeetingCommand;
import se.westum.consortium.application.port.in.RecordStaffMemberCommand;
import se.westum.consortium.application.port.out.BoardTerms;
import se.westum.consortium.application.port.out.Decisions;
import se.westum.consortium.application.port.out.Events;
import se.westum.consortium.application.port.out.Goals;
import se.westum.consortium.application.port.out.Meetings;
import se.westum.consortium.application.port.out.Projects;
import se.westum.consortium.application.port.out.Staff;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.port.out.Transactions;
import se.westum.consortium.domain.governance.AttendancePolicy;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.governance.FiscalYear;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.GovernanceFigures;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.OrganisationParticipants;
import se.westum.consortium.domain.governance.Participation;
import se.westum.consortium.domain.governance.PersonName;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.governance.Position;
import se.westum.consortium.domain.governance.QuorumPolicy;
import se.westum.consortium.domain.governance.StaffId;
import se.westum.consortium.domain.governance.StaffMember;
import se.westum.consortium.domain.governance.TermId;
import se.westum.consortium.domain.governance.TermOverlapPolicy;
import se.westum.consortium.domain.governance.internal.GovernanceCount;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * The governance use cases over the storage ports. Every rule across records is checked in one
 * place, {@link Checks}, with one method per record kind, which both the record use cases and
 * {@link #importDataset} run: so REST, CSV and JDBC refuse the same records with the same codes.
 */
final class GovernanceService implements Governance {

  /** The code of an event command that gives its participants in none or several forms. */
  static final String ONE_PARTICIPATION_FORM = "one-participation-form";

  private final BoardTerms terms;
  private final Meetings meetings;
  private final Decisions decisions;
  private final Goals goals;
  private final Events events;
  private final Staff staff;
  private final Projects projects;
  private final Transactions transactions;
  private final CommandValidator validator;
  private final Writes writes;
  private final QuorumPolicy quorum = new QuorumPolicy();
  private final TermOverlapPolicy overlap = new TermOverlapPolicy();
  private final AttendancePolicy attendance = new AttendancePolicy();
  private final GovernanceCount count = new GovernanceCount();

  GovernanceService(Storage storage, CommandValidator validator, Writes writes) {
    this.writes = writes;
    this.terms = storage.boardTerms();
    this.meetings = storage.meetings();
    this.decisions = storage.decisions();
    this.goals = storage.goals();
    this.events = storage.events();
    this.staff = storage.staff();
    this.projects = storage.projects();
    this.transactions = storage.transactions();
    this.validator = validator;
  }

  @Override
  public BoardTerm recordBoardTerm(RecordBoardTermCommand command) {
    validator.validate(command);
    BoardTerm term =
        new BoardTerm(
            new TermId(command.id()),
            new DateRange(command.start(), command.end()),
            command.seats().stream()
                .map(
                    s ->
                        new BoardSeat(
                            new PersonRef(s.person()), new PersonName(s.name()), s.role()))
                .toList(),
            command.positions().stream()
                .map(
                    p ->
                        new Position(p.kind(), new PersonRef(p.person()), new PersonName(p.name())))
                .toList());
    return writes.record(
        "board-term",
        term.id().value(),
        () -> terms.find(term.id()),
        () -> {
          new Checks().checkBoardTerm(term);
          terms.save(term);
          return term;
        });
  }

  @Override
  public Meeting recordMeeting(RecordMeetingCommand command) {
    validator.validate(command);
    Meeting meeting =
        new Meeting(
            new MeetingId(command.id()),
            command.kind(),
            new DateRange(
                command.start(), Optional.ofNullable(command.end()).orElse(command.start())),
            command.place(),
            new TreeSet<>(command.present().stream().map(PersonRef::new).toList()));
    return writes.record(
        "meeting",
        meeting.id().value(),
        () -> meetings.find(meeting.id()),
        () -> {
          new Checks().checkMeeting(meeting);
          meetings.save(meeting);
          return meeting;
        });
  }

  @Override
  public Decision recordDecision(RecordDecisionCommand command) {
    validator.validate(command);
    Decision decision =
        new Decision(
            new DecisionId(new MeetingId(command.meeting()), command.paragraph()),
            command.subject(),
            command.outcome());
    return writes.record(
        "decision",
        decision.id().value(),
        () -> decisions.find(decision.id()),
        () -> {
          new Checks().checkDecision(decision);
          decisions.save(decision);
          return decision;
        });
  }

  @Override
  public Goal recordGoal(RecordGoalCommand command) {
    validator.validate(command);
    Goal goal =
        new Goal(
            new GoalId(command.id()),
            Year.of(command.fiscalYear()),
            command.number(),
            command.title());
    return writes.record(
        "goal",
        goal.id().value(),
        () -> goals.find(goal.id()),
        () -> {
          new Checks().checkGoal(goal);
          goals.save(goal);
          return goal;
        });
  }

  @Override
  public Event recordEvent(RecordEventCommand command) {
    validator.validate(command);
    Event event =
        new Event(
            new EventId(command.id()),
            command.kind(),
            command.name(),
            new DateRange(
                command.start(), Optional.ofNullable(command.end()).orElse(command.start())),
            command.place(),
            command.country(),
            command.organiser(),
            Optional.ofNullable(command.goal()).map(GoalId::new),
            participation(command));
    return writes.record(
        "event",
        event.id().value(),
        () -> events.find(event.id()),
        () -> {
          new Checks().checkEvent(event);
          events.save(event);
          return event;
        });
  }

  @Override
  public StaffMember recordStaffMember(RecordStaffMemberCommand command) {
    validator.validate(command);
    StaffMember member =
        new StaffMember(
            new StaffId(command.id()),
            new PersonName(command.name()),
            command.role(),
            command.started(),
            Optional.ofNullable(command.ended()),
            new TreeSet<>(command.projects()));
    return writes.record(
        "staff-member",
        member.id().value(),
        () -> staff.find(member.id()),
        () -> {
          checkStaffMember(member);
          staff.save(member);
          return member;
        });
  }

  /**
   * The rules of an employment across records: every project it names is stored. The project
   * import, which imports staff after the projects, runs the same check.
   *
   * @throws MissingReferenceException with field {@code projects}
   */
  void checkStaffMember(StaffMember member) {
    for (String project : member.projects()) {
      if (projects.find(new ProjectId(project)).isEmpty()) {
        throw new MissingReferenceException("projects", "project", project);
      }
    }
  }

  @Override
  public List<BoardTerm> boardTerms() {
    return terms.all();
  }

  @Override
  public Optional<BoardTerm> boardTerm(TermId id) {
    return terms.find(Objects.requireNonNull(id, "id"));
  }

  @Override
  public List<Meeting> meetings(int fiscalYear) {
    return meetings.startingIn(fiscalYear(fiscalYear).period());
  }

  @Override
  public Optional<Meeting> meeting(MeetingId id) {
    return meetings.find(Objects.requireNonNull(id, "id"));
  }

  @Override
  public List<Decision> decisions(MeetingId id) {
    Objects.requireNonNull(id, "meeting");
    if (meetings.find(id).isEmpty()) {
      throw new NotFoundException("meeting", id.value());
    }
    return decisions.ofMeeting(id);
  }

  @Override
  public List<Goal> goals(int fiscalYear) {
    return goals.ofYear(fiscalYear(fiscalYear).year());
  }

  @Override
  public List<Event> events(int fiscalYear) {
    return events.overlapping(fiscalYear(fiscalYear).period());
  }

  @Override
  public Optional<Event> event(EventId id) {
    return events.find(Objects.requireNonNull(id, "id"));
  }

  @Override
  public List<StaffMember> staff() {
    return staff.all();
  }

  @Override
  public GovernanceFigures figures(int fiscalYear) {
    FiscalYear year = fiscalYear(fiscalYear);
    return transactions.inTransaction(
        () -> {
          // the decisions are counted where they are stored, not read
          return count.figures(
              year,
              terms.all(),
              meetings.startingIn(year.period()),
              decisions::countAt,
              events.overlapping(year.period()),
              staff.all());
        });
  }

  @Override
  public ImportSummary importDataset(GovernanceDataset dataset) {
    return ImportRun.run(
        transactions,
        dataset,
        run -> {
          Checks checks = new Checks();
          run.kind("goal", dataset.goals(), g -> g.id().value(), checks::checkGoal, goals::saveAll);
          run.kind(
              "board-term",
              dataset.boardTerms(),
              t -> t.id().value(),
              checks::checkBoardTerm,
              terms::saveAll);
          run.kind(
              "meeting",
              dataset.meetings(),
              m -> m.id().value(),
              checks::checkMeeting,
              meetings::saveAll);
          run.kind(
              "decision",
              dataset.decisions(),
              d -> d.id().value(),
              checks::checkDecision,
              decisions::saveAll);
          run.kind(
              "event", dataset.events(), e -> e.id().value(), checks::checkEvent, events::saveAll);
        });
  }

  @Override
  public GovernanceDataset export() {
    return new GovernanceDataset() {
      @Override
      public Stream<BoardTerm> boardTerms() {
        return terms.all().stream();
      }

      @Override
      public Stream<Meeting> meetings() {
        return meetings.stream();
      }

      @Override
      public Stream<Decision> decisions() {
        return decisions.stream();
      }

      @Override
      public Stream<Goal> goals() {
        return goals.stream();
      }

      @Override
      public Stream<Event> events() {
        return events.stream();
      }
    };
  }

  /**
   * The governance rules across records, one method per record kind, each throwing the rule's
   * {@link se.westum.consortium.domain.shared.DomainException}. One instance serves one record use
   * case or one whole import: it reads the board terms once and each meeting and goal once, and
   * learns the terms and meetings it accepts, so a dataset's later records are judged against its
   * earlier ones before they are stored.
   */
  private final class Checks {

    private List<BoardTerm> knownTerms;
    private final Map<MeetingId, Optional<Meeting>> knownMeetings = new HashMap<>();
    private final Map<MeetingId, Finding> verdicts = new HashMap<>();
    private final Map<GoalId, Boolean> knownGoals = new HashMap<>();

    /** An operational-plan goal names no other record. */
    void checkGoal(Goal goal) {
      knownGoals.put(goal.id(), true);
    }

    /** A term overlaps no other term ({@link TermOverlapPolicy}). */
    void checkBoardTerm(BoardTerm term) {
      Finding finding = overlap.assess(term, terms());
      if (!finding.satisfied()) {
        throw new ConflictException(TermOverlapPolicy.CODE, finding.reason());
      }
      knownTerms.removeIf(t -> t.id().equals(term.id()));
      knownTerms.add(term);
    }

    /** Everyone present at a board session holds a seat in its term ({@link AttendancePolicy}). */
    void checkMeeting(Meeting meeting) {
      Collection<BoardTerm> all = terms();
      List<PersonRef> unseated = attendance.withoutSeat(meeting, all);
      if (!unseated.isEmpty()) {
        PersonRef person = unseated.get(0);
        int index = meeting.present().headSet(person).size();
        throw new MissingReferenceException(
            "present[" + index + "]",
            "board seat of",
            person.value(),
            "in term "
                + AttendancePolicy.termOf(meeting, all).orElseThrow().id()
                + ", which covers "
                + meeting.id()
                + " on "
                + meeting.dates().start());
      }
      knownMeetings.put(meeting.id(), Optional.of(meeting));
      verdicts.remove(meeting.id());
    }

    /** A decision's meeting exists and, if the board's, was quorate ({@link QuorumPolicy}). */
    void checkDecision(Decision decision) {
      MeetingId id = decision.id().meeting();
      Meeting meeting =
          knownMeetings
              .computeIfAbsent(id, meetings::find)
              .orElseThrow(() -> new MissingReferenceException("meeting", "meeting", id.value()));
      Finding finding =
          verdicts.computeIfAbsent(id, k -> quorum.admitsDecisionAt(meeting, terms()));
      if (!finding.satisfied()) {
        throw new ConflictException(
            QuorumPolicy.codeOf(finding),
            "decision " + decision.id() + " refused: meeting " + id + ": " + finding.reason());
      }
    }

    /** An event's goal exists. */
    void checkEvent(Event event) {
      event
          .goal()
          .ifPresent(
              goal -> {
                if (!knownGoals.computeIfAbsent(goal, g -> goals.find(g).isPresent())) {
                  throw new MissingReferenceException("goal", "goal", goal.value());
                }
              });
    }

    private List<BoardTerm> terms() {
      if (knownTerms == null) {
        knownTerms = new ArrayList<>(terms.all());
      }
      return knownTerms;
    }
  }

  private static FiscalYear fiscalYear(int year) {
    return FiscalYear.of(Bounds.year("fiscalYear", year));
  }

  private static Participation participation(RecordEventCommand command) {
    boolean hasTotal = command.participants() != null;
    boolean hasOrganisations =
        command.organisations() != null && !command.organisations().isEmpty();
    boolean hasPeople = command.people() != null && !command.people().isEmpty();
    int forms = (hasTotal ? 1 : 0) + (hasOrganisations ? 1 : 0) + (hasPeople ? 1 : 0);
    if (forms != 1) {
      throw ValidationException.of(
          "participants",
          ONE_PARTICIPATION_FORM,
          "give exactly one of participants (a total), organisations or people");
    }
    if (hasTotal) {
      return new Participation.Total(command.participants());
    }
    if (hasOrganisations) {
      return new Participation.ByOrganisation(
          command.organisations().stream()
              .map(o -> new OrganisationParticipants(o.organisation(), o.country(), o.count()))
              .toList());
    }
    return new Participation.ByPerson(
        new TreeSet<>(command.people().stream().map(PersonRef::new).toList()));
  }
}
