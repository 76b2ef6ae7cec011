package se.westum.consortium.csv;

import static se.westum.consortium.csv.DatasetFile.ATTENDANCE;
import static se.westum.consortium.csv.DatasetFile.BOARD;
import static se.westum.consortium.csv.DatasetFile.DECISIONS;
import static se.westum.consortium.csv.DatasetFile.EVENTS;
import static se.westum.consortium.csv.DatasetFile.EVENT_PARTICIPANTS;
import static se.westum.consortium.csv.DatasetFile.GOALS;
import static se.westum.consortium.csv.DatasetFile.MEETINGS;
import static se.westum.consortium.csv.DatasetFile.POSITIONS;
import static se.westum.consortium.csv.DatasetFile.STAFF;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.GovernanceDataset;
import se.westum.consortium.csv.GovernanceRows.EventRow;
import se.westum.consortium.csv.GovernanceRows.Holder;
import se.westum.consortium.csv.GovernanceRows.Participant;
import se.westum.consortium.csv.GovernanceRows.Presence;
import se.westum.consortium.csv.GovernanceRows.Seat;
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
import se.westum.consortium.domain.governance.StaffMember;
import se.westum.consortium.domain.governance.TermId;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.DomainException;

/**
 * Pass 2 of a governance import: a dataset that pass 1 found valid, whose streams read the files
 * again when they are consumed. Decisions, goals and staff stream one row at a time. An aggregate
 * whose parts come from another file is joined in memory: a term's seats and positions (a board has
 * tens of rows), the people present at each meeting before the meetings stream, the participant
 * rows of each event before the events stream. Should a file have changed since it was checked, the
 * stream throws a {@link CsvImportException}; the core's import transaction then writes nothing.
 */
final class CsvGovernanceDataset implements GovernanceDataset {

  private final DatasetStreams files;

  CsvGovernanceDataset(DatasetStreams files) {
    this.files = files;
  }

  @Override
  public Stream<BoardTerm> boardTerms() {
    return DatasetStreams.lazily(this::readTerms);
  }

  @Override
  public Stream<Meeting> meetings() {
    return DatasetStreams.lazily(
        () -> {
          Map<MeetingId, SortedSet<PersonRef>> attendance = readAttendance();
          return files.stream(MEETINGS, GovernanceRows::meeting)
              .map(
                  meeting ->
                      meeting.withPresent(
                          attendance.getOrDefault(meeting.id(), Collections.emptySortedSet())));
        });
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
    return DatasetStreams.lazily(
        () -> {
          Map<EventId, List<Participant>> participants = readParticipants();
          return files.stream(EVENTS, GovernanceRows::event)
              .map(row -> withParticipation(row, participants.get(row.event().id())));
        });
  }

  @Override
  public Stream<StaffMember> staff() {
    return files.stream(STAFF, GovernanceRows::staffMember);
  }

  private Stream<BoardTerm> readTerms() {
    Map<TermId, TermParts> parts = new LinkedHashMap<>();
    try (Stream<Seat> seats = files.stream(BOARD, GovernanceRows::seat)) {
      seats.forEach(
          seat -> {
            TermParts term = parts.computeIfAbsent(seat.term(), id -> new TermParts(seat.period()));
            if (!term.period.equals(seat.period())) {
              throw RecordStream.changed(
                  BOARD, "term " + seat.term() + " has rows with different periods");
            }
            term.seats.add(seat.seat());
          });
    }
    try (Stream<Holder> holders = files.stream(POSITIONS, GovernanceRows::holder)) {
      holders.forEach(
          holder -> {
            TermParts term = parts.get(holder.term());
            if (term == null) {
              throw RecordStream.changed(
                  POSITIONS, "no board term " + holder.term() + " in " + BOARD.fileName());
            }
            term.positions.add(holder.position());
          });
    }
    List<BoardTerm> terms = new ArrayList<>(parts.size());
    parts.forEach(
        (id, term) -> {
          try {
            terms.add(new BoardTerm(id, term.period, term.seats, term.positions));
          } catch (DomainException e) {
            throw RecordStream.changed(BOARD, "term " + id + ": " + RowCells.reason(e));
          }
        });
    return terms.stream();
  }

  /** The people present, per meeting: keys only. */
  private Map<MeetingId, SortedSet<PersonRef>> readAttendance() {
    Map<MeetingId, SortedSet<PersonRef>> attendance = new HashMap<>();
    try (Stream<Presence> rows = files.stream(ATTENDANCE, GovernanceRows::presence)) {
      rows.forEach(
          row ->
              attendance.computeIfAbsent(row.meeting(), id -> new TreeSet<>()).add(row.person()));
    }
    return attendance;
  }

  private Map<EventId, List<Participant>> readParticipants() {
    return files.grouped(
        EVENT_PARTICIPANTS, GovernanceRows::participant, Participant::event, row -> row);
  }

  private static Event withParticipation(EventRow row, List<Participant> rows) {
    EventId id = row.event().id();
    if (row.total() == (rows != null)) {
      throw RecordStream.changed(
          EVENTS, "event " + id + " gives its participants both or neither ways");
    }
    if (row.total()) {
      return row.event();
    }
    List<OrganisationParticipants> organisations =
        rows.stream().flatMap(participant -> participant.organisation().stream()).toList();
    List<PersonRef> people =
        rows.stream().flatMap(participant -> participant.person().stream()).toList();
    if (new TreeSet<>(people).size() != people.size()) {
      throw RecordStream.changed(
          EVENT_PARTICIPANTS, "event " + id + " lists a person more than once");
    }
    if (!organisations.isEmpty() && !people.isEmpty()) {
      throw RecordStream.changed(
          EVENT_PARTICIPANTS, "event " + id + " lists both organisations and persons");
    }
    try {
      return row.event()
          .withParticipation(
              organisations.isEmpty()
                  ? new Participation.ByPerson(new TreeSet<>(people))
                  : new Participation.ByOrganisation(organisations));
    } catch (DomainException e) {
      throw RecordStream.changed(EVENT_PARTICIPANTS, "event " + id + ": " + RowCells.reason(e));
    }
  }

  /** A term's parts as its rows give them. */
  private static final class TermParts {
    final DateRange period;
    final List<BoardSeat> seats = new ArrayList<>();
    final List<Position> positions = new ArrayList<>();

    TermParts(DateRange period) {
      this.period = period;
    }
  }
}
