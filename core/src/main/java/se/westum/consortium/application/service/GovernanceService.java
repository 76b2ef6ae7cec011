package se.westum.consortium.application.service;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.ComputeGovernanceFigures;
import se.westum.consortium.application.port.in.ExportGovernance;
import se.westum.consortium.application.port.in.FindGovernance;
import se.westum.consortium.application.port.in.GovernanceDataset;
import se.westum.consortium.application.port.in.GovernanceImportSummary;
import se.westum.consortium.application.port.in.ImportGovernance;
import se.westum.consortium.application.port.in.RecordBoardTermCommand;
import se.westum.consortium.application.port.in.RecordDecisionCommand;
import se.westum.consortium.application.port.in.RecordEventCommand;
import se.westum.consortium.application.port.in.RecordGoalCommand;
import se.westum.consortium.application.port.in.RecordGovernance;
import se.westum.consortium.application.port.in.RecordMeetingCommand;
import se.westum.consortium.application.port.in.RecordStaffMemberCommand;
import se.westum.consortium.application.port.out.BoardTerms;
import se.westum.consortium.application.port.out.Decisions;
import se.westum.consortium.application.port.out.Events;
import se.westum.consortium.application.port.out.Goals;
import se.westum.consortium.application.port.out.Meetings;
import se.westum.consortium.application.port.out.Staff;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.port.out.Transactions;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.governance.FiscalYear;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.GovernanceCount;
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
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.ValidationException;

/** The governance use cases over the storage ports. */
final class GovernanceService
    implements RecordGovernance,
        FindGovernance,
        ComputeGovernanceFigures,
        ImportGovernance,
        ExportGovernance {

  private final BoardTerms terms;
  private final Meetings meetings;
  private final Decisions decisions;
  private final Goals goals;
  private final Events events;
  private final Staff staff;
  private final Transactions transactions;
  private final CommandValidator validator;
  private final QuorumPolicy quorum = new QuorumPolicy();
  private final GovernanceCount count = new GovernanceCount();

  GovernanceService(Storage storage, CommandValidator validator) {
    this.terms = storage.boardTerms();
    this.meetings = storage.meetings();
    this.decisions = storage.decisions();
    this.goals = storage.goals();
    this.events = storage.events();
    this.staff = storage.staff();
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
    return transactions.inTransaction(
        () -> {
          List<BoardTerm> others = new ArrayList<>(terms.all());
          others.removeIf(t -> t.id().equals(term.id()));
          requireNoOverlap(term, others);
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
    return transactions.inTransaction(
        () -> {
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
    return transactions.inTransaction(
        () -> {
          admit(List.of(decision), terms.all());
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
    return transactions.inTransaction(
        () -> {
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
    return transactions.inTransaction(
        () -> {
          requireGoal(event);
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
    return transactions.inTransaction(
        () -> {
          staff.save(member);
          return member;
        });
  }

  @Override
  public List<BoardTerm> boardTerms() {
    return terms.all();
  }

  @Override
  public Optional<BoardTerm> boardTerm(String id) {
    return terms.find(new TermId(id));
  }

  @Override
  public List<Meeting> meetings(int fiscalYear) {
    return meetings.startingIn(fiscalYear(fiscalYear).period());
  }

  @Override
  public Optional<Meeting> meeting(String id) {
    return meetings.find(new MeetingId(id));
  }

  @Override
  public List<Decision> decisions(String meeting) {
    MeetingId id = new MeetingId(meeting);
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
  public Optional<Event> event(String id) {
    return events.find(new EventId(id));
  }

  @Override
  public List<StaffMember> staff() {
    return staff.all();
  }

  @Override
  public GovernanceFigures governanceFigures(int fiscalYear) {
    FiscalYear year = fiscalYear(fiscalYear);
    return transactions.inTransaction(
        () -> {
          List<Meeting> held = meetings.startingIn(year.period());
          // one read of the decisions instead of one query per meeting
          Set<MeetingId> heldIds = held.stream().map(Meeting::id).collect(Collectors.toSet());
          List<Decision> taken;
          try (Stream<Decision> all = decisions.stream()) {
            taken = all.filter(d -> heldIds.contains(d.id().meeting())).toList();
          }
          return count.figures(
              year, terms.all(), held, taken, events.overlapping(year.period()), staff.all());
        });
  }

  @Override
  public GovernanceImportSummary importGovernance(GovernanceDataset dataset) {
    return transactions.inTransaction(
        () -> {
          int goalCount;
          try (Stream<Goal> stream = dataset.goals()) {
            goalCount = Batches.inBatches(stream, goals::saveAll);
          }
          int termCount;
          try (Stream<BoardTerm> stream = dataset.boardTerms()) {
            termCount = Batches.inBatches(stream, terms::saveAll);
          }
          List<BoardTerm> allTerms = terms.all();
          for (int i = 0; i < allTerms.size(); i++) {
            requireNoOverlap(allTerms.get(i), allTerms.subList(i + 1, allTerms.size()));
          }
          int meetingCount;
          try (Stream<Meeting> stream = dataset.meetings()) {
            meetingCount = Batches.inBatches(stream, meetings::saveAll);
          }
          int decisionCount;
          try (Stream<Decision> stream = dataset.decisions()) {
            decisionCount =
                Batches.inBatches(
                    stream,
                    batch -> {
                      admit(batch, allTerms);
                      decisions.saveAll(batch);
                    });
          }
          int eventCount;
          try (Stream<Event> stream = dataset.events()) {
            eventCount =
                Batches.inBatches(
                    stream,
                    batch -> {
                      batch.forEach(this::requireGoal);
                      events.saveAll(batch);
                    });
          }
          int staffCount;
          try (Stream<StaffMember> stream = dataset.staff()) {
            staffCount = Batches.inBatches(stream, staff::saveAll);
          }
          return new GovernanceImportSummary(
              termCount, meetingCount, decisionCount, goalCount, eventCount, staffCount);
        });
  }

  @Override
  public GovernanceDataset exportGovernance() {
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

      @Override
      public Stream<StaffMember> staff() {
        return staff.all().stream();
      }
    };
  }

  private void admit(List<Decision> batch, List<BoardTerm> allTerms) {
    // a meeting has many decisions: read each meeting once per batch
    Map<MeetingId, Meeting> read = new HashMap<>();
    for (Decision decision : batch) {
      MeetingId meetingId = decision.id().meeting();
      Meeting meeting =
          read.computeIfAbsent(
              meetingId,
              id ->
                  meetings
                      .find(id)
                      .orElseThrow(() -> new NotFoundException("meeting", id.value())));
      Finding finding = quorum.admitsDecisionAt(meeting, allTerms);
      if (!finding.satisfied()) {
        throw new ConflictException(
            finding.rule().equals(QuorumPolicy.TERM_RULE)
                ? QuorumPolicy.NO_BOARD_TERM
                : QuorumPolicy.NOT_QUORATE,
            "decision "
                + decision.id()
                + " refused: meeting "
                + meetingId
                + ": "
                + finding.reason());
      }
    }
  }

  private void requireGoal(Event event) {
    event
        .goal()
        .ifPresent(
            goal -> {
              if (goals.find(goal).isEmpty()) {
                throw new NotFoundException("goal", goal.value());
              }
            });
  }

  private static void requireNoOverlap(BoardTerm term, List<BoardTerm> others) {
    for (BoardTerm other : others) {
      if (other.period().overlaps(term.period())) {
        throw new ConflictException(
            BoardTerm.OVERLAPPING_TERMS,
            "board term "
                + term.id()
                + " ("
                + term.period()
                + ") overlaps term "
                + other.id()
                + " ("
                + other.period()
                + ")");
      }
    }
  }

  private static FiscalYear fiscalYear(int year) {
    if (year < 1990 || year > 2100) {
      throw ValidationException.of(
          "fiscalYear", FiscalYear.INVALID_YEAR, "a fiscal year is 1990 to 2100");
    }
    return FiscalYear.of(year);
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
          Participation.ONE_PARTICIPATION_FORM,
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
