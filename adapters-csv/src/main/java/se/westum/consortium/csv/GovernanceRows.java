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
package se.westum.consortium.csv;

import static se.westum.consortium.csv.Column.COUNT;
import static se.westum.consortium.csv.Column.COUNTRY;
import static se.westum.consortium.csv.Column.END;
import static se.westum.consortium.csv.Column.EVENT;
import static se.westum.consortium.csv.Column.FISCAL_YEAR;
import static se.westum.consortium.csv.Column.GOAL;
import static se.westum.consortium.csv.Column.ID;
import static se.westum.consortium.csv.Column.KIND;
import static se.westum.consortium.csv.Column.MEETING;
import static se.westum.consortium.csv.Column.NAME;
import static se.westum.consortium.csv.Column.NUMBER;
import static se.westum.consortium.csv.Column.ORGANISATION;
import static se.westum.consortium.csv.Column.ORGANISER;
import static se.westum.consortium.csv.Column.OUTCOME;
import static se.westum.consortium.csv.Column.PARAGRAPH;
import static se.westum.consortium.csv.Column.PARTICIPANTS;
import static se.westum.consortium.csv.Column.PERSON;
import static se.westum.consortium.csv.Column.PLACE;
import static se.westum.consortium.csv.Column.ROLE;
import static se.westum.consortium.csv.Column.START;
import static se.westum.consortium.csv.Column.SUBJECT;
import static se.westum.consortium.csv.Column.TERM;
import static se.westum.consortium.csv.Column.TERM_END;
import static se.westum.consortium.csv.Column.TERM_START;
import static se.westum.consortium.csv.Column.TITLE;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.governance.EventKind;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.OrganisationParticipants;
import se.westum.consortium.domain.governance.Participation;
import se.westum.consortium.domain.governance.PersonName;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.governance.Position;
import se.westum.consortium.domain.governance.PositionKind;
import se.westum.consortium.domain.governance.TermId;
import se.westum.consortium.domain.shared.DateRange;

/**
 * Rows of the governance files to domain records and back. Reading goes through the core's
 * constructors, so the CSV accepts exactly what the core accepts; a row with problems yields {@code
 * null} and its problems stay in the {@link RowCells}. Rows that are parts of a whole (a seat of a
 * term, a person present at a meeting, the participants of an event) become the small records
 * below; {@link CsvGovernanceDataset} joins them into the aggregates.
 */
final class GovernanceRows {

  private GovernanceRows() {}

  /** A row of {@code board.csv}: one seat of a term, and the term's period as the row gives it. */
  record Seat(TermId term, DateRange period, BoardSeat seat) {}

  /** A row of {@code positions.csv}. */
  record Holder(TermId term, Position position) {}

  /** A row of {@code attendance.csv}. */
  record Presence(MeetingId meeting, PersonRef person) {}

  /**
   * A row of {@code events.csv}.
   *
   * @param event the event; its participation is the row's total, or a placeholder of 0 when the
   *     row has none (then the participation comes from {@code event_participants.csv})
   * @param total true when the row gives the total in {@code participants}
   */
  record EventRow(Event event, boolean total) {}

  /** A row of {@code event_participants.csv}: an organisation's count, or one person. */
  record Participant(
      EventId event, Optional<OrganisationParticipants> organisation, Optional<PersonRef> person) {}

  static Seat seat(RowCells row) {
    TermId term = row.id(TERM, TermId::new);
    LocalDate start = row.date(TERM_START);
    LocalDate end = row.date(TERM_END);
    PersonRef person = row.id(PERSON, PersonRef::new);
    String name = row.text(NAME);
    BoardRole role = row.choice(ROLE, BoardRole.class, "role");
    if (!row.valid()) {
      return null;
    }
    return row.build(
        () ->
            new Seat(
                term,
                new DateRange(start, end),
                new BoardSeat(person, new PersonName(name), role)));
  }

  static Holder holder(RowCells row) {
    TermId term = row.id(TERM, TermId::new);
    PositionKind kind = row.choice(KIND, PositionKind.class, "kind");
    PersonRef person = row.id(PERSON, PersonRef::new);
    String name = row.text(NAME);
    if (!row.valid()) {
      return null;
    }
    return row.build(() -> new Holder(term, new Position(kind, person, new PersonName(name))));
  }

  /** A meeting without attendance, which {@code attendance.csv} gives. */
  static Meeting meeting(RowCells row) {
    MeetingId id = row.id(ID, MeetingId::new);
    MeetingKind kind = row.choice(KIND, MeetingKind.class, "kind");
    LocalDate start = row.date(START);
    Optional<LocalDate> end = row.optionalDate(END);
    String place = row.text(PLACE);
    if (!row.valid()) {
      return null;
    }
    return row.build(
        () ->
            new Meeting(id, kind, new DateRange(start, end.orElse(start)), place, new TreeSet<>()));
  }

  static Presence presence(RowCells row) {
    MeetingId meeting = row.id(MEETING, MeetingId::new);
    PersonRef person = row.id(PERSON, PersonRef::new);
    return row.valid() ? new Presence(meeting, person) : null;
  }

  static Decision decision(RowCells row) {
    MeetingId meeting = row.id(MEETING, MeetingId::new);
    Integer paragraph = row.integer(PARAGRAPH);
    String subject = row.text(SUBJECT);
    String outcome = row.text(OUTCOME);
    if (!row.valid()) {
      return null;
    }
    return row.build(() -> new Decision(new DecisionId(meeting, paragraph), subject, outcome));
  }

  static Goal goal(RowCells row) {
    GoalId id = row.id(ID, GoalId::new);
    Year fiscalYear = row.year(FISCAL_YEAR);
    String number = row.plain(NUMBER);
    String title = row.text(TITLE);
    if (!row.valid()) {
      return null;
    }
    return row.build(() -> new Goal(id, fiscalYear, number, title));
  }

  static EventRow event(RowCells row) {
    EventId id = row.id(ID, EventId::new);
    EventKind kind = row.choice(KIND, EventKind.class, "kind");
    String name = row.text(NAME);
    LocalDate start = row.date(START);
    Optional<LocalDate> end = row.optionalDate(END);
    String place = row.text(PLACE);
    String country = row.plain(COUNTRY);
    String organiser = row.text(ORGANISER);
    Optional<GoalId> goal = row.optionalId(GOAL, GoalId::new);
    Optional<Integer> participants = row.optionalInteger(PARTICIPANTS);
    if (!row.valid()) {
      return null;
    }
    return row.build(
        () ->
            new EventRow(
                new Event(
                    id,
                    kind,
                    name,
                    new DateRange(start, end.orElse(start)),
                    place,
                    country,
                    organiser,
                    goal,
                    new Participation.Total(participants.orElse(0))),
                participants.isPresent()));
  }

  /**
   * A row of either shape: an organisation row fills organisation, country and count; a person row
   * fills person alone.
   */
  static Participant participant(RowCells row) {
    EventId event = row.id(EVENT, EventId::new);
    boolean organisation = row.filled(ORGANISATION) || row.filled(COUNTRY) || row.filled(COUNT);
    boolean person = row.filled(PERSON);
    if (organisation && person) {
      return row.problem(
          PERSON,
          "a row gives an organisation (organisation, country, count) or a person, not both:"
              + " leave person empty or the other three");
    }
    if (!organisation && !person) {
      return row.lineProblem(
          "the row gives neither an organisation (organisation, country, count) nor a person");
    }
    if (person) {
      PersonRef ref = row.id(PERSON, PersonRef::new);
      return row.valid() ? new Participant(event, Optional.empty(), Optional.of(ref)) : null;
    }
    String name = row.text(ORGANISATION);
    String country = row.plain(COUNTRY);
    Integer count = row.integer(COUNT);
    if (!row.valid()) {
      return null;
    }
    return row.build(
        () ->
            new Participant(
                event,
                Optional.of(new OrganisationParticipants(name, country, count)),
                Optional.empty()));
  }

  /** The rows of a term's seats, in {@link DatasetFile#BOARD} column order. */
  static Stream<List<String>> seatCells(BoardTerm term) {
    return term.seats().stream()
        .map(
            seat ->
                List.of(
                    term.id().value(),
                    term.period().start().toString(),
                    term.period().end().toString(),
                    seat.person().value(),
                    FormulaGuard.neutralise(seat.name().value()),
                    seat.role().name()));
  }

  /** The rows of a term's positions, in {@link DatasetFile#POSITIONS} column order. */
  static Stream<List<String>> positionCells(BoardTerm term) {
    return term.positions().stream()
        .map(
            position ->
                List.of(
                    term.id().value(),
                    position.kind().name(),
                    position.person().value(),
                    FormulaGuard.neutralise(position.name().value())));
  }

  /** The cells of a meeting, in {@link DatasetFile#MEETINGS} column order. */
  static List<String> cells(Meeting meeting) {
    return List.of(
        meeting.id().value(),
        meeting.kind().name(),
        meeting.dates().start().toString(),
        lastDay(meeting.dates()),
        FormulaGuard.neutralise(meeting.place()));
  }

  /** The rows of a meeting's attendance, in {@link DatasetFile#ATTENDANCE} column order. */
  static Stream<List<String>> attendanceCells(Meeting meeting) {
    return meeting.present().stream().map(person -> List.of(meeting.id().value(), person.value()));
  }

  /** The cells of a decision, in {@link DatasetFile#DECISIONS} column order. */
  static List<String> cells(Decision decision) {
    return List.of(
        decision.id().meeting().value(),
        Integer.toString(decision.id().paragraph()),
        FormulaGuard.neutralise(decision.subject()),
        FormulaGuard.neutralise(decision.outcome()));
  }

  /** The cells of a goal, in {@link DatasetFile#GOALS} column order. */
  static List<String> cells(Goal goal) {
    return List.of(
        goal.id().value(),
        goal.fiscalYear().toString(),
        goal.number(),
        FormulaGuard.neutralise(goal.title()));
  }

  /** The cells of an event, in {@link DatasetFile#EVENTS} column order. */
  static List<String> cells(Event event) {
    return List.of(
        event.id().value(),
        event.kind().name(),
        FormulaGuard.neutralise(event.name()),
        event.dates().start().toString(),
        lastDay(event.dates()),
        FormulaGuard.neutralise(event.place()),
        event.country(),
        FormulaGuard.neutralise(event.organiser()),
        event.goal().map(GoalId::value).orElse(""),
        event.participation() instanceof Participation.Total total
            ? Integer.toString(total.count())
            : "");
  }

  /**
   * The rows of an event's participants, in {@link DatasetFile#EVENT_PARTICIPANTS} column order;
   * none when the event gives only a total.
   */
  static Stream<List<String>> participantCells(Event event) {
    String id = event.id().value();
    if (event.participation() instanceof Participation.ByOrganisation byOrganisation) {
      return byOrganisation.rows().stream()
          .map(
              row ->
                  List.of(
                      id,
                      FormulaGuard.neutralise(row.organisation()),
                      row.country(),
                      Integer.toString(row.count()),
                      ""));
    }
    if (event.participation() instanceof Participation.ByPerson byPerson) {
      return byPerson.people().stream().map(person -> List.of(id, "", "", "", person.value()));
    }
    return Stream.empty();
  }

  private static String lastDay(DateRange dates) {
    return dates.end().equals(dates.start()) ? "" : dates.end().toString();
  }
}
