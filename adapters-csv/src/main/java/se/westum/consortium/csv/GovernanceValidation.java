package se.westum.consortium.csv;

import static se.westum.consortium.csv.Column.EVENT;
import static se.westum.consortium.csv.Column.GOAL;
import static se.westum.consortium.csv.Column.ID;
import static se.westum.consortium.csv.Column.KIND;
import static se.westum.consortium.csv.Column.MEETING;
import static se.westum.consortium.csv.Column.ORGANISATION;
import static se.westum.consortium.csv.Column.PARAGRAPH;
import static se.westum.consortium.csv.Column.PARTICIPANTS;
import static se.westum.consortium.csv.Column.PERSON;
import static se.westum.consortium.csv.Column.ROLE;
import static se.westum.consortium.csv.Column.START;
import static se.westum.consortium.csv.Column.TERM;
import static se.westum.consortium.csv.Column.TERM_END;
import static se.westum.consortium.csv.Column.TERM_START;
import static se.westum.consortium.csv.DatasetFile.ATTENDANCE;
import static se.westum.consortium.csv.DatasetFile.BOARD;
import static se.westum.consortium.csv.DatasetFile.DECISIONS;
import static se.westum.consortium.csv.DatasetFile.EVENTS;
import static se.westum.consortium.csv.DatasetFile.EVENT_PARTICIPANTS;
import static se.westum.consortium.csv.DatasetFile.GOALS;
import static se.westum.consortium.csv.DatasetFile.MEETINGS;
import static se.westum.consortium.csv.DatasetFile.POSITIONS;
import static se.westum.consortium.csv.DatasetFile.STAFF;

import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import se.westum.consortium.csv.GovernanceRows.Holder;
import se.westum.consortium.csv.GovernanceRows.Participant;
import se.westum.consortium.csv.GovernanceRows.Presence;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.PersonName;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.governance.PositionKind;
import se.westum.consortium.domain.governance.QuorumPolicy;
import se.westum.consortium.domain.governance.StaffId;
import se.westum.consortium.domain.governance.TermId;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.Finding;

/**
 * Pass 1 of a governance import: reads every governance file once, streaming, and reports every
 * problem, each at the row and column it concerns. The files are read in an order in which every
 * file comes after those it refers to (board before positions, meetings before attendance and
 * decisions, goals before events, events before their participants).
 *
 * <p>Of the records it keeps only keys and the small facts the checks across rows and files need:
 * per board term its period and who holds which role (no names), per meeting its kind, first day
 * and the people present, per event whether it gives a total and which organisations or people its
 * participant rows name. A row with problems of its own still gives its key when that can be read,
 * so rows referring to it are not reported as well.
 */
final class GovernanceValidation {

  /**
   * Pass 1 keeps no names, which are personal data; the quorum policy reads only who holds which
   * role, so the terms it is given carry this placeholder.
   */
  private static final PersonName NAME_NOT_KEPT = new PersonName("not kept");

  /** The quorum policy reads a meeting's kind, first day and attendance, not its place. */
  private static final String PLACE_NOT_KEPT = "not kept";

  private final Path directory;
  private final FileCheck files;
  private final Problems problems;
  private final QuorumPolicy quorum = new QuorumPolicy();

  private final Map<TermId, TermFacts> terms = new LinkedHashMap<>();
  private final Map<HolderKey, Long> holders = new HashMap<>();
  private final Map<MeetingId, MeetingFacts> meetings = new HashMap<>();
  private final Map<DecisionId, Long> decisions = new HashMap<>();
  private final Map<GoalId, Long> goals = new HashMap<>();
  private final Map<EventId, EventFacts> events = new LinkedHashMap<>();
  private final Map<EventId, ParticipantFacts> participants = new HashMap<>();
  private final Map<StaffId, Long> staff = new HashMap<>();

  private boolean boardComplete;
  private boolean seatWithoutTerm;
  private boolean meetingsComplete;
  private boolean attendanceComplete;
  private boolean goalsComplete;
  private boolean eventsComplete;

  /**
   * The terms a decision's meeting is judged under; {@code null} while board.csv has a problem that
   * makes a verdict unreliable (its own problems are reported instead).
   */
  private List<BoardTerm> quorumTerms;

  GovernanceValidation(
      ObjectReader rowReader, CsvDialect dialect, Path directory, Problems problems) {
    this.files = new FileCheck(rowReader, dialect, directory, problems);
    this.problems = problems;
    this.directory = directory;
  }

  /**
   * Checks the dataset.
   *
   * @return the governance files the dataset has
   * @throws CsvImportException with every problem found, if there is any
   */
  Set<DatasetFile> run() {
    FileCheck.requireFolder(directory);
    Set<DatasetFile> present = files.present(DatasetFile.governance());
    boardComplete = files.checkIfPresent(present, BOARD, this::checkSeat);
    quorumTerms = boardComplete ? checkTerms() : null;
    files.checkIfPresent(present, POSITIONS, this::checkHolder);
    meetingsComplete = files.checkIfPresent(present, MEETINGS, this::checkMeeting);
    attendanceComplete = files.checkIfPresent(present, ATTENDANCE, this::checkPresence);
    files.checkIfPresent(present, DECISIONS, this::checkDecision);
    goalsComplete = files.checkIfPresent(present, GOALS, this::checkGoal);
    eventsComplete = files.checkIfPresent(present, EVENTS, this::checkEvent);
    boolean participantsComplete =
        files.checkIfPresent(present, EVENT_PARTICIPANTS, this::checkParticipant);
    if (eventsComplete && participantsComplete) {
      checkParticipation();
    }
    files.checkIfPresent(present, STAFF, this::checkStaffMember);
    if (!problems.isEmpty()) {
      // a term without a chair or an event without participants is found after its file
      throw new CsvImportException(problems.inFileOrder(DatasetFile.governance()));
    }
    return present;
  }

  // board.csv

  private void checkSeat(RowCells row) {
    if (!row.misaligned()) {
      GovernanceRows.seat(row);
    }
    Optional<TermId> id = row.peek(TERM, TermId::new);
    if (id.isEmpty()) {
      // a seat of an unknown term: no term can be said to lack a chair
      seatWithoutTerm = true;
      return;
    }
    TermFacts term = terms.computeIfAbsent(id.get(), k -> new TermFacts(row.line()));
    if (row.misaligned()) {
      term.uncertain = true;
      return;
    }
    row.peek(TERM_START, RowCells::isoDate)
        .ifPresent(start -> samePeriod(row, id.get(), term, TERM_START, start));
    row.peek(TERM_END, RowCells::isoDate)
        .ifPresent(end -> samePeriod(row, id.get(), term, TERM_END, end));
    Optional<PersonRef> person = row.peek(PERSON, PersonRef::new);
    Optional<BoardRole> role = row.peek(ROLE, named(BoardRole.class));
    if (person.isEmpty() || role.isEmpty()) {
      term.uncertain = true;
      return;
    }
    SeatFacts first = term.seats.putIfAbsent(person.get(), new SeatFacts(row.line(), role.get()));
    if (first != null) {
      row.problem(
          PERSON,
          "person "
              + person.get()
              + " already has a seat in term "
              + id.get()
              + " on line "
              + first.line()
              + ": a person holds one seat per term");
      return;
    }
    if (role.get() == BoardRole.CHAIR) {
      if (term.chairLine != 0) {
        row.problem(
            ROLE,
            "term "
                + id.get()
                + " already has a CHAIR on line "
                + term.chairLine
                + ": a term has exactly one");
      } else {
        term.chairLine = row.line();
      }
    } else if (role.get() == BoardRole.TREASURER) {
      term.treasurer = true;
    }
  }

  private static void samePeriod(
      RowCells row, TermId id, TermFacts term, Column column, LocalDate day) {
    boolean start = column == TERM_START;
    LocalDate first = start ? term.start : term.end;
    if (first == null) {
      if (start) {
        term.start = day;
        term.startLine = row.line();
      } else {
        term.end = day;
        term.endLine = row.line();
      }
    } else if (!first.equals(day)) {
      row.problem(
          column,
          "term "
              + id
              + (start ? " starts on " : " ends on ")
              + first
              + " on line "
              + (start ? term.startLine : term.endLine)
              + ": every row of a term gives the same "
              + column.header());
    }
  }

  /**
   * The checks of whole terms, once board.csv has been read: a chair, a treasurer, no overlap.
   *
   * @return the terms to judge quorum under, or {@code null} when they cannot be built
   */
  private List<BoardTerm> checkTerms() {
    boolean sound = !seatWithoutTerm;
    for (Map.Entry<TermId, TermFacts> entry : terms.entrySet()) {
      TermFacts term = entry.getValue();
      if (term.uncertain || seatWithoutTerm) {
        sound = false;
        continue;
      }
      String rule = ": a term has exactly one CHAIR and at least one TREASURER";
      if (term.chairLine == 0) {
        sound = false;
        problem(BOARD, term.line, ROLE, "term " + entry.getKey() + " has no CHAIR" + rule);
      }
      if (!term.treasurer) {
        sound = false;
        problem(BOARD, term.line, ROLE, "term " + entry.getKey() + " has no TREASURER" + rule);
      }
    }
    List<Map.Entry<TermId, DateRange>> periods = new ArrayList<>();
    for (Map.Entry<TermId, TermFacts> entry : terms.entrySet()) {
      Optional<DateRange> period = entry.getValue().period();
      if (period.isEmpty()) {
        sound = false;
        continue;
      }
      for (Map.Entry<TermId, DateRange> earlier : periods) {
        if (earlier.getValue().overlaps(period.get())) {
          sound = false;
          problem(
              BOARD,
              entry.getValue().line,
              TERM_START,
              "term "
                  + entry.getKey()
                  + " ("
                  + period.get()
                  + ") overlaps term "
                  + earlier.getKey()
                  + " ("
                  + earlier.getValue()
                  + ", line "
                  + terms.get(earlier.getKey()).line
                  + "): terms do not overlap");
        }
      }
      periods.add(Map.entry(entry.getKey(), period.get()));
    }
    return sound ? quorumTerms(periods) : null;
  }

  private List<BoardTerm> quorumTerms(List<Map.Entry<TermId, DateRange>> periods) {
    List<BoardTerm> built = new ArrayList<>();
    for (Map.Entry<TermId, DateRange> period : periods) {
      List<BoardSeat> seats = new ArrayList<>();
      terms
          .get(period.getKey())
          .seats
          .forEach((person, seat) -> seats.add(new BoardSeat(person, NAME_NOT_KEPT, seat.role())));
      try {
        built.add(new BoardTerm(period.getKey(), period.getValue(), seats, List.of()));
      } catch (DomainException e) {
        // reported above, at the rows concerned
        return null;
      }
    }
    return built;
  }

  // positions.csv

  private void checkHolder(RowCells row) {
    if (row.misaligned()) {
      return;
    }
    Holder holder = GovernanceRows.holder(row);
    Optional<TermId> term = row.peek(TERM, TermId::new);
    if (term.isPresent() && boardComplete && !terms.containsKey(term.get())) {
      row.problem(TERM, "no board term " + term.get() + " in " + BOARD.fileName());
    }
    if (holder != null) {
      HolderKey key =
          new HolderKey(holder.term(), holder.position().kind(), holder.position().person());
      Long first = holders.putIfAbsent(key, row.line());
      if (first != null) {
        row.problem(
            PERSON,
            "duplicate position: person "
                + key.person()
                + " already holds "
                + key.kind()
                + " in term "
                + key.term()
                + " on line "
                + first);
      }
    }
  }

  // meetings.csv and attendance.csv

  private void checkMeeting(RowCells row) {
    if (!row.misaligned()) {
      GovernanceRows.meeting(row);
    }
    Optional<MeetingId> id = row.peek(ID, MeetingId::new);
    if (id.isEmpty()) {
      return;
    }
    MeetingFacts facts =
        row.misaligned()
            ? new MeetingFacts(row.line(), null, null)
            : new MeetingFacts(
                row.line(),
                row.peek(KIND, named(MeetingKind.class)).orElse(null),
                row.peek(START, RowCells::isoDate).orElse(null));
    MeetingFacts first = meetings.putIfAbsent(id.get(), facts);
    if (first != null) {
      row.problem(ID, "duplicate meeting id " + id.get() + ": also on line " + first.line);
    }
  }

  private void checkPresence(RowCells row) {
    if (row.misaligned()) {
      return;
    }
    Presence presence = GovernanceRows.presence(row);
    Optional<MeetingFacts> meeting =
        row.peek(MEETING, MeetingId::new).flatMap(id -> meeting(row, id));
    if (presence != null && meeting.isPresent()) {
      Long first = meeting.get().present.putIfAbsent(presence.person(), row.line());
      if (first != null) {
        row.problem(
            PERSON,
            "duplicate attendance: person "
                + presence.person()
                + " at meeting "
                + presence.meeting()
                + " is also on line "
                + first);
      }
    }
  }

  /** The meeting a row refers to; reports it when meetings.csv does not have it. */
  private Optional<MeetingFacts> meeting(RowCells row, MeetingId id) {
    MeetingFacts facts = meetings.get(id);
    if (facts == null && meetingsComplete) {
      row.problem(MEETING, "no meeting " + id + " in " + MEETINGS.fileName());
    }
    return Optional.ofNullable(facts);
  }

  // decisions.csv

  private void checkDecision(RowCells row) {
    if (row.misaligned()) {
      return;
    }
    GovernanceRows.decision(row);
    Optional<MeetingId> meetingId = row.peek(MEETING, MeetingId::new);
    Optional<MeetingFacts> meeting = meetingId.flatMap(id -> meeting(row, id));
    if (meeting.isEmpty()) {
      return;
    }
    MeetingId id = meetingId.get();
    Optional<Integer> paragraph =
        row.peek(PARAGRAPH, RowCells::wholeNumber).filter(number -> number >= 1);
    if (paragraph.isPresent()) {
      Long first = decisions.putIfAbsent(new DecisionId(id, paragraph.get()), row.line());
      if (first != null) {
        row.problem(
            PARAGRAPH,
            "duplicate decision: meeting "
                + id
                + " already has § "
                + paragraph.get()
                + " on line "
                + first);
      }
    }
    verdict(id, meeting.get())
        .filter(finding -> !finding.satisfied())
        .ifPresent(
            finding ->
                row.problem(
                    MEETING, "meeting " + id + " cannot take decisions: " + finding.reason()));
  }

  /**
   * The core's verdict on decisions at a meeting, as {@code ImportGovernance} will judge them;
   * empty when the board, the meeting or its attendance could not be read well enough to judge.
   */
  private Optional<Finding> verdict(MeetingId id, MeetingFacts facts) {
    if (quorumTerms == null || !attendanceComplete || facts.kind == null || facts.start == null) {
      return Optional.empty();
    }
    if (facts.verdict == null) {
      Meeting meeting =
          new Meeting(
              id,
              facts.kind,
              DateRange.on(facts.start),
              PLACE_NOT_KEPT,
              new TreeSet<>(facts.present.keySet()));
      facts.verdict = quorum.admitsDecisionAt(meeting, quorumTerms);
    }
    return Optional.of(facts.verdict);
  }

  // goals.csv, events.csv and event_participants.csv

  private void checkGoal(RowCells row) {
    if (!row.misaligned()) {
      GovernanceRows.goal(row);
    }
    FileCheck.unique(row, goals, row.peek(ID, GoalId::new), "goal id");
  }

  private void checkEvent(RowCells row) {
    if (!row.misaligned()) {
      GovernanceRows.event(row);
      Optional<GoalId> goal = row.peek(GOAL, GoalId::new);
      if (goal.isPresent() && goalsComplete && !goals.containsKey(goal.get())) {
        row.problem(GOAL, "no goal " + goal.get() + " in " + GOALS.fileName());
      }
    }
    Optional<EventId> id = row.peek(ID, EventId::new);
    if (id.isPresent()) {
      EventFacts facts = new EventFacts(row.line(), !row.misaligned(), row.filled(PARTICIPANTS));
      EventFacts first = events.putIfAbsent(id.get(), facts);
      if (first != null) {
        row.problem(ID, "duplicate event id " + id.get() + ": also on line " + first.line);
      }
    }
  }

  private void checkParticipant(RowCells row) {
    Participant participant = row.misaligned() ? null : GovernanceRows.participant(row);
    Optional<EventId> event = row.peek(EVENT, EventId::new);
    if (event.isEmpty()) {
      return;
    }
    if (!row.misaligned() && eventsComplete && !events.containsKey(event.get())) {
      row.problem(EVENT, "no event " + event.get() + " in " + EVENTS.fileName());
    }
    // any row of the event, even a bad one, shows that its participants are given here
    ParticipantFacts seen =
        participants.computeIfAbsent(event.get(), k -> new ParticipantFacts(row.line()));
    if (participant == null) {
      return;
    }
    if (participant.organisation().isPresent()) {
      String organisation = participant.organisation().get().organisation();
      if (seen.personLine != 0) {
        row.problem(ORGANISATION, mixed(event.get(), "persons", seen.personLine));
      } else {
        seen.organisationLine = seen.organisationLine == 0 ? row.line() : seen.organisationLine;
        Long first = seen.organisations.putIfAbsent(organisation, row.line());
        if (first != null) {
          row.problem(
              ORGANISATION,
              "organisation '"
                  + organisation
                  + "' is already listed for event "
                  + event.get()
                  + " on line "
                  + first
                  + ": an organisation appears once per event");
        }
      }
    } else {
      PersonRef person = participant.person().orElseThrow();
      if (seen.organisationLine != 0) {
        row.problem(PERSON, mixed(event.get(), "organisations", seen.organisationLine));
      } else {
        seen.personLine = seen.personLine == 0 ? row.line() : seen.personLine;
        Long first = seen.people.putIfAbsent(person, row.line());
        if (first != null) {
          row.problem(
              PERSON,
              "person "
                  + person
                  + " is already listed for event "
                  + event.get()
                  + " on line "
                  + first
                  + ": a person appears once per event");
        }
      }
    }
  }

  private static String mixed(EventId event, String kind, long line) {
    return "event "
        + event
        + " lists "
        + kind
        + " (first on line "
        + line
        + "): an event lists either organisations or persons, not both";
  }

  /** Every event gives its participants once: a total in events.csv or rows, not both. */
  private void checkParticipation() {
    for (Map.Entry<EventId, EventFacts> entry : events.entrySet()) {
      EventFacts event = entry.getValue();
      ParticipantFacts rows = participants.get(entry.getKey());
      if (!event.known) {
        continue;
      }
      if (event.total && rows != null) {
        problem(
            EVENTS,
            event.line,
            PARTICIPANTS,
            "event "
                + entry.getKey()
                + " gives a total here and also has rows in "
                + EVENT_PARTICIPANTS.fileName()
                + " (first on line "
                + rows.line
                + "): give the participants either as a total here or as rows there, not both");
      } else if (!event.total && rows == null) {
        problem(
            EVENTS,
            event.line,
            PARTICIPANTS,
            "event "
                + entry.getKey()
                + " has no participants: give the total here (0 when no one took part) or rows in "
                + EVENT_PARTICIPANTS.fileName());
      }
    }
  }

  // staff.csv

  private void checkStaffMember(RowCells row) {
    if (!row.misaligned()) {
      GovernanceRows.staffMember(row);
    }
    FileCheck.unique(row, staff, row.peek(ID, StaffId::new), "staff id");
  }

  /** A problem found after its file was read: at the cell, or at the row if it has no such cell. */
  private void problem(DatasetFile file, long line, Column column, String reason) {
    Optional<Integer> position = files.header(file).flatMap(header -> header.position(column));
    problems.add(
        position.isPresent()
            ? new CsvProblem(file.fileName(), line, position.get(), column.header(), reason)
            : new CsvProblem(file.fileName(), line, 0, "", reason));
  }

  private static <E extends Enum<E>> Function<String, E> named(Class<E> type) {
    return text -> Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
  }

  /** What pass 1 keeps of a term. */
  private static final class TermFacts {
    final long line;
    final Map<PersonRef, SeatFacts> seats = new LinkedHashMap<>();
    LocalDate start;
    long startLine;
    LocalDate end;
    long endLine;
    long chairLine;
    boolean treasurer;

    /** A seat row of the term could not be read: whether it lacks a role is unknown. */
    boolean uncertain;

    TermFacts(long line) {
      this.line = line;
    }

    Optional<DateRange> period() {
      return start == null || end == null || end.isBefore(start)
          ? Optional.empty()
          : Optional.of(new DateRange(start, end));
    }
  }

  /** What pass 1 keeps of a seat: where it is and its role. */
  private record SeatFacts(long line, BoardRole role) {}

  private record HolderKey(TermId term, PositionKind kind, PersonRef person) {}

  /** What pass 1 keeps of a meeting; kind and start are {@code null} when unreadable. */
  private static final class MeetingFacts {
    final long line;
    final MeetingKind kind;
    final LocalDate start;
    final Map<PersonRef, Long> present = new HashMap<>();
    Finding verdict;

    MeetingFacts(long line, MeetingKind kind, LocalDate start) {
      this.line = line;
      this.kind = kind;
      this.start = start;
    }
  }

  /**
   * What pass 1 keeps of an event.
   *
   * @param known false when the row's cells could not be told apart
   * @param total true when the row gives a total in {@code participants}
   */
  private record EventFacts(long line, boolean known, boolean total) {}

  /** What pass 1 keeps of an event's participant rows. */
  private static final class ParticipantFacts {
    final long line;
    final Map<String, Long> organisations = new HashMap<>();
    final Map<PersonRef, Long> people = new HashMap<>();
    long organisationLine;
    long personLine;

    ParticipantFacts(long line) {
      this.line = line;
    }
  }
}
