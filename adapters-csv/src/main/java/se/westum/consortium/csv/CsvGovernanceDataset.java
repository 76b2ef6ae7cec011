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

import static se.westum.consortium.csv.DatasetFile.ATTENDANCE;
import static se.westum.consortium.csv.DatasetFile.BOARD;
import static se.westum.consortium.csv.DatasetFile.DECISIONS;
import static se.westum.consortium.csv.DatasetFile.EVENTS;
import static se.westum.consortium.csv.DatasetFile.EVENT_PARTICIPANTS;
import static se.westum.consortium.csv.DatasetFile.GOALS;
import static se.westum.consortium.csv.DatasetFile.MEETINGS;
import static se.westum.consortium.csv.DatasetFile.POSITIONS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.GovernanceDataset;
import se.westum.consortium.csv.GovernanceRows.EventRow;
import se.westum.consortium.csv.GovernanceRows.Participant;
import se.westum.consortium.csv.GovernanceRows.Presence;
import se.westum.consortium.csv.GovernanceRows.Seat;
import se.westum.consortium.csv.Locator.Spot;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.OrganisationParticipants;
import se.westum.consortium.domain.governance.Participation;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.governance.Position;
import se.westum.consortium.domain.governance.TermId;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.RefusedRecord;
import se.westum.consortium.domain.shared.SourceLocation;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * A governance dataset read from CSV files: decisions, goals and meetings stream one row at a time;
 * a record whose parts come from another file is joined in memory (a term's seats and positions, a
 * meeting's attendance, an event's participants: small files). {@link #check()} joins them once and
 * builds each whole record through the core's constructor, reporting every problem at its file,
 * line and column; {@link #locate} places the records the core refused. Should a file change after
 * it was checked, a stream throws a {@link CsvImportException}; the import then writes nothing.
 */
final class CsvGovernanceDataset implements GovernanceDataset {

  private static final Pattern PART = Pattern.compile("(\\w+)\\[(\\d+)](?:\\..*)?");

  private final DatasetStreams files;
  private final Locator locator;

  CsvGovernanceDataset(DatasetStreams files, Locator locator) {
    this.files = files;
    this.locator = locator;
  }

  /** A problem of a joined record, with where it stands. */
  private record Problem(RefusedRecord refused, Spot spot) {}

  /**
   * Joins every record whose parts come from other files and builds it whole.
   *
   * @return this dataset
   * @throws CsvImportException naming every problem at its file, line and column
   */
  CsvGovernanceDataset check() {
    List<Problem> found = new ArrayList<>();
    try (Stream<BoardTerm> terms = terms(found::add);
        Stream<Meeting> meetings = meetings(found::add);
        Stream<Event> events = events(found::add)) {
      terms.forEach(term -> {});
      meetings.forEach(meeting -> {});
      events.forEach(event -> {});
    }
    if (found.isEmpty()) {
      return this;
    }
    Map<RefusedRecord, Spot> spots = new IdentityHashMap<>();
    found.forEach(problem -> spots.put(problem.refused(), problem.spot()));
    List<RefusedRecord> located =
        locator.locate(
            found.stream().map(Problem::refused).toList(), r -> Optional.of(spots.get(r)));
    List<CsvProblem> problems = new ArrayList<>();
    for (int i = 0; i < located.size(); i++) {
      SourceLocation at =
          located
              .get(i)
              .location()
              .orElse(new SourceLocation(found.get(i).spot().file().fileName(), 0, 0, ""));
      problems.add(
          new CsvProblem(
              at.file(), at.line(), at.column(), at.columnName(), located.get(i).message()));
    }
    throw new CsvImportException(problems);
  }

  @Override
  public Stream<BoardTerm> boardTerms() {
    return terms(CsvGovernanceDataset::changed);
  }

  @Override
  public Stream<Meeting> meetings() {
    return meetings(CsvGovernanceDataset::changed);
  }

  @Override
  public Stream<Decision> decisions() {
    return files.stream(DECISIONS, GovernanceRows::decision);
  }

  @Override
  public Stream<Goal> goals() {
    return files.stream(GOALS, GovernanceRows::goal);
  }

  @Override
  public Stream<Event> events() {
    return events(CsvGovernanceDataset::changed);
  }

  @Override
  public List<RefusedRecord> locate(List<RefusedRecord> refused) {
    Map<MeetingId, List<PersonRef>> attendance = new HashMap<>();
    if (refused.stream().anyMatch(r -> r.kind().equals("meeting"))) {
      attendance.putAll(readAttendance());
    }
    return locator.locate(refused, r -> Optional.of(spot(r, attendance)));
  }

  /** Where the core's refusal of a record stands in the files. */
  private static Spot spot(RefusedRecord r, Map<MeetingId, List<PersonRef>> attendance) {
    Matcher part = PART.matcher(r.field());
    int index = part.matches() ? Integer.parseInt(part.group(2)) : -1;
    String of = part.matches() ? part.group(1) : r.field();
    return switch (r.kind()) {
      case "board-term" ->
          of.equals("positions")
              ? Spot.keyed(POSITIONS, Column.TERM, r.id(), index + 1, Column.PERSON)
              : Spot.keyed(
                  BOARD,
                  Column.TERM,
                  r.id(),
                  Math.max(index, 0) + 1,
                  switch (of) {
                    case "seats" ->
                        r.code().equals(BoardTerm.ONE_SEAT_PER_PERSON)
                            ? Column.PERSON
                            : Column.ROLE;
                    case "end" -> Column.TERM_END;
                    default -> Column.TERM_START;
                  });
      case "meeting" -> {
        if (of.equals("present")) {
          List<PersonRef> rows = attendance.getOrDefault(new MeetingId(r.id()), List.of());
          List<PersonRef> sorted = new ArrayList<>(new TreeSet<>(rows));
          int row = index < sorted.size() ? rows.indexOf(sorted.get(index)) : 0;
          yield Spot.keyed(ATTENDANCE, Column.MEETING, r.id(), row + 1, Column.PERSON);
        }
        yield Spot.nth(MEETINGS, r.ordinal(), column(MEETINGS, of));
      }
      case "decision" ->
          Spot.nth(
              DECISIONS,
              r.ordinal(),
              r.code().equals("duplicate-id") ? Column.PARAGRAPH : column(DECISIONS, of));
      case "event" ->
          of.equals("organisations")
              ? Spot.keyed(EVENT_PARTICIPANTS, Column.EVENT, r.id(), index + 1, Column.ORGANISATION)
              : Spot.nth(EVENTS, r.ordinal(), column(EVENTS, of));
      default -> Spot.nth(GOALS, r.ordinal(), column(GOALS, of));
    };
  }

  /** The column of a record's field in a file; the id, or the first column, for the record. */
  private static Column column(DatasetFile file, String field) {
    List<Column> candidates =
        switch (field) {
          case "start" -> List.of(Column.START);
          case "fiscalYear" -> List.of(Column.FISCAL_YEAR);
          case "goal" -> List.of(Column.GOAL);
          case "meeting" -> List.of(Column.MEETING);
          case "decision", "" -> List.of(Column.ID, Column.MEETING);
          default -> Column.forDomainField(field);
        };
    return candidates.stream()
        .filter(file.columns()::contains)
        .findFirst()
        .orElse(file.columns().get(0));
  }

  // ---- joining

  private Stream<BoardTerm> terms(Consumer<Problem> refuse) {
    return DatasetStreams.lazily(
        () -> {
          Map<TermId, TermParts> parts = new LinkedHashMap<>();
          try (Stream<Seat> seats = files.stream(BOARD, GovernanceRows::seat)) {
            seats.forEach(
                seat -> {
                  TermParts term = parts.computeIfAbsent(seat.term(), id -> new TermParts(seat));
                  if (!term.period.equals(seat.period())) {
                    boolean start = !term.period.start().equals(seat.period().start());
                    refuse.accept(
                        problem(
                            "board-term",
                            seat.term().value(),
                            "term "
                                + seat.term()
                                + " covers "
                                + term.period
                                + " on its first row: every row of a term gives the same "
                                + (start ? "term_start" : "term_end"),
                            Spot.keyed(
                                BOARD,
                                Column.TERM,
                                seat.term().value(),
                                term.seats.size() + 1,
                                start ? Column.TERM_START : Column.TERM_END)));
                  }
                  term.seats.add(seat.seat());
                });
          }
          Map<TermId, Integer> orphans = new HashMap<>();
          try (Stream<GovernanceRows.Holder> holders =
              files.stream(POSITIONS, GovernanceRows::holder)) {
            holders.forEach(
                holder -> {
                  TermParts term = parts.get(holder.term());
                  if (term == null) {
                    refuse.accept(
                        problem(
                            "board-term",
                            holder.term().value(),
                            "no board term " + holder.term() + " in " + BOARD.fileName(),
                            Spot.keyed(
                                POSITIONS,
                                Column.TERM,
                                holder.term().value(),
                                orphans.merge(holder.term(), 1, Integer::sum),
                                Column.TERM)));
                  } else {
                    term.positions.add(holder.position());
                  }
                });
          }
          List<BoardTerm> terms = new ArrayList<>(parts.size());
          long ordinal = 0;
          for (Map.Entry<TermId, TermParts> entry : parts.entrySet()) {
            ordinal++;
            TermParts term = entry.getValue();
            try {
              terms.add(new BoardTerm(entry.getKey(), term.period, term.seats, term.positions));
            } catch (DomainException e) {
              refuseBuilt("board-term", ordinal, entry.getKey().value(), e, refuse);
            }
          }
          return terms.stream();
        });
  }

  private Stream<Meeting> meetings(Consumer<Problem> refuse) {
    return DatasetStreams.lazily(
        () -> {
          Map<MeetingId, List<PersonRef>> attendance = readAttendance();
          Set<Object> seen = new HashSet<>();
          return Stream.concat(
              files.stream(MEETINGS, GovernanceRows::meeting)
                  .peek(meeting -> seen.add(meeting.id()))
                  .map(m -> m.withPresent(attendance.getOrDefault(m.id(), List.of()))),
              orphans(attendance.keySet(), seen, "meeting", ATTENDANCE, Column.MEETING, refuse));
        });
  }

  private Stream<Event> events(Consumer<Problem> refuse) {
    return DatasetStreams.lazily(
        () -> {
          Map<EventId, List<Participant>> participants =
              files.grouped(
                  EVENT_PARTICIPANTS, GovernanceRows::participant, Participant::event, row -> row);
          Set<Object> seen = new HashSet<>();
          long[] ordinal = {0};
          return Stream.concat(
              files.stream(EVENTS, GovernanceRows::event)
                  .map(
                      row -> {
                        seen.add(row.event().id());
                        return withParticipation(
                            row, participants.get(row.event().id()), ++ordinal[0], refuse);
                      })
                  .flatMap(Optional::stream),
              orphans(
                  participants.keySet(), seen, "event", EVENT_PARTICIPANTS, Column.EVENT, refuse));
        });
  }

  /**
   * Once the parents have streamed, the child rows naming a parent that is not there, each reported
   * at its first row's key cell; adds no record.
   */
  private static <T> Stream<T> orphans(
      Set<?> children,
      Set<Object> parents,
      String kind,
      DatasetFile file,
      Column key,
      Consumer<Problem> refuse) {
    return DatasetStreams.lazily(
        () -> {
          children.stream()
              .filter(id -> !parents.contains(id))
              .forEach(
                  id ->
                      refuse.accept(
                          problem(
                              kind,
                              id.toString(),
                              "no "
                                  + kind
                                  + " "
                                  + id
                                  + " in "
                                  + (kind.equals("meeting") ? MEETINGS : EVENTS).fileName(),
                              Spot.keyed(file, key, id.toString(), 1, key))));
          return Stream.empty();
        });
  }

  /** The event with the participation its rows give; empty when they give none it can have. */
  private static Optional<Event> withParticipation(
      EventRow row, List<Participant> rows, long ordinal, Consumer<Problem> refuse) {
    String id = row.event().id().value();
    if (row.total() == (rows != null)) {
      refuse.accept(
          problem(
              "event",
              id,
              row.total()
                  ? "event "
                      + id
                      + " gives a total here and also has rows in "
                      + EVENT_PARTICIPANTS.fileName()
                      + ": give the participants either as a total here or as rows there, not both"
                  : "event "
                      + id
                      + " has no participants: give the total here (0 when no one took part) or"
                      + " rows in "
                      + EVENT_PARTICIPANTS.fileName(),
              Spot.nth(EVENTS, ordinal, Column.PARTICIPANTS)));
      return Optional.empty();
    }
    if (row.total()) {
      return Optional.of(row.event());
    }
    List<OrganisationParticipants> organisations = new ArrayList<>();
    List<PersonRef> people = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Participant participant = rows.get(i);
      participant.organisation().ifPresent(organisations::add);
      participant.person().ifPresent(people::add);
      if (!organisations.isEmpty() && !people.isEmpty()) {
        refuse.accept(
            problem(
                "event",
                id,
                "event "
                    + id
                    + " lists both organisations and persons: an event lists either, not both",
                Spot.keyed(
                    EVENT_PARTICIPANTS,
                    Column.EVENT,
                    id,
                    i + 1,
                    participant.person().isPresent() ? Column.PERSON : Column.ORGANISATION)));
        return Optional.empty();
      }
    }
    try {
      return Optional.of(
          row.event()
              .withParticipation(
                  organisations.isEmpty()
                      ? new Participation.ByPerson(new TreeSet<>(people))
                      : new Participation.ByOrganisation(organisations)));
    } catch (DomainException e) {
      refuseBuilt("event", ordinal, id, e, refuse);
      return Optional.empty();
    }
  }

  /** The people present, per meeting, in file order. */
  private Map<MeetingId, List<PersonRef>> readAttendance() {
    return files.grouped(ATTENDANCE, GovernanceRows::presence, Presence::meeting, Presence::person);
  }

  /** A record's constructor refused its joined parts: each field error, placed as the core's. */
  private static void refuseBuilt(
      String kind, long ordinal, String id, DomainException e, Consumer<Problem> refuse) {
    List<ValidationException.FieldError> errors =
        e instanceof ValidationException invalid
            ? invalid.errors()
            : List.of(new ValidationException.FieldError("", e.code(), e.getMessage()));
    for (ValidationException.FieldError error : errors) {
      RefusedRecord refused =
          new RefusedRecord(
              kind, ordinal, id, error.field(), error.code(), error.message(), Optional.empty());
      refuse.accept(new Problem(refused, spot(refused, Map.of())));
    }
  }

  private static Problem problem(String kind, String id, String message, Spot spot) {
    return new Problem(
        new RefusedRecord(kind, 0, id, "", "invalid-csv", message, Optional.empty()), spot);
  }

  /** In pass 2 a problem means the file changed since {@link #check()} found none. */
  private static void changed(Problem problem) {
    throw RecordStream.changed(problem.spot().file(), problem.refused().message());
  }

  /** A term's parts as its rows give them. */
  private static final class TermParts {
    final DateRange period;
    final List<BoardSeat> seats = new ArrayList<>();
    final List<Position> positions = new ArrayList<>();

    TermParts(Seat first) {
      this.period = first.period();
    }
  }
}
