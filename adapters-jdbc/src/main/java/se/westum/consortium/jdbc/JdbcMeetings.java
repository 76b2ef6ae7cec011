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
package se.westum.consortium.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.Meetings;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.shared.DateRange;

/** Meetings in {@code consortium_meeting}, attendance in {@code consortium_meeting_attendance}. */
final class JdbcMeetings implements Meetings {

  // one row per person present, or one with no person: a meeting may have no attendance recorded
  private static final String SELECT =
      "SELECT m.meeting_id, m.kind, m.starts_on, m.ends_on, m.place, a.person_ref"
          + " FROM consortium_meeting m"
          + " LEFT JOIN consortium_meeting_attendance a ON a.meeting_id = m.meeting_id";

  private static final String ORDER = " ORDER BY m.starts_on, m.meeting_id, a.person_ref";

  private static final RecordTable<Meeting> TABLE =
      new RecordTable<Meeting>(
              "consortium_meeting",
              "meeting_id",
              meeting -> meeting.id().value(),
              "INSERT INTO consortium_meeting (meeting_id, kind, starts_on, ends_on, place)"
                  + " VALUES (:id, :kind, :start, :end, :place)",
              "UPDATE consortium_meeting"
                  + " SET kind = :kind, starts_on = :start, ends_on = :end, place = :place"
                  + " WHERE meeting_id = :id",
              (batch, meeting) ->
                  batch
                      .bind("kind", meeting.kind().name())
                      .bind("start", meeting.dates().start())
                      .bind("end", meeting.dates().end())
                      .bind("place", meeting.place()),
              List.of(
                  new RecordTable.Children<>(
                      "consortium_meeting_attendance",
                      "INSERT INTO consortium_meeting_attendance (meeting_id, person_ref)"
                          + " VALUES (:id, :person)",
                      (batch, meeting) ->
                          meeting
                              .present()
                              .forEach(
                                  person ->
                                      batch
                                          .bind("id", meeting.id().value())
                                          .bind("person", person.value())
                                          .add()))))
          .comparing(
              (handle, ids) ->
                  RowGroups.fold(
                      handle
                          .createQuery(SELECT + " WHERE m.meeting_id IN (<ids>)" + ORDER)
                          .bindList("ids", ids)
                          .map(JdbcMeetings.MAPPER)
                          .list(),
                      Row::id,
                      JdbcMeetings::meeting));

  /** One row of the join. */
  private record Row(
      MeetingId id, MeetingKind kind, DateRange dates, String place, Optional<PersonRef> person) {}

  private static final RowMapper<Row> MAPPER = JdbcMeetings::map;

  private final Database database;

  JdbcMeetings(Database database) {
    this.database = database;
  }

  @Override
  public Optional<Meeting> find(MeetingId id) {
    List<Row> rows =
        database.list(
            SELECT + " WHERE m.meeting_id = :id" + ORDER, Map.of("id", id.value()), MAPPER);
    return fold(rows).stream().findFirst();
  }

  @Override
  public List<Meeting> startingIn(DateRange period) {
    List<Row> rows =
        database.list(
            SELECT + " WHERE m.starts_on BETWEEN :from AND :to" + ORDER,
            Map.of("from", period.start(), "to", period.end()),
            MAPPER);
    return fold(rows);
  }

  @Override
  public void save(Meeting meeting) {
    saveAll(List.of(meeting));
  }

  @Override
  public Saved saveAll(Collection<Meeting> meetings) {
    return TABLE.saveAll(database, meetings);
  }

  @Override
  public Stream<Meeting> stream() {
    return RowGroups.fold(database.stream(SELECT + ORDER, MAPPER), Row::id, JdbcMeetings::meeting);
  }

  private static List<Meeting> fold(List<Row> rows) {
    return RowGroups.fold(rows, Row::id, JdbcMeetings::meeting);
  }

  private static Meeting meeting(List<Row> rows) {
    Row first = rows.get(0);
    TreeSet<PersonRef> present = new TreeSet<>();
    rows.forEach(row -> row.person().ifPresent(present::add));
    return new Meeting(first.id(), first.kind(), first.dates(), first.place(), present);
  }

  private static Row map(ResultSet rs, StatementContext context) throws SQLException {
    return new Row(
        new MeetingId(rs.getString("meeting_id")),
        MeetingKind.valueOf(rs.getString("kind")),
        new DateRange(
            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)),
        rs.getString("place"),
        Optional.ofNullable(rs.getString("person_ref")).map(PersonRef::new));
  }
}
