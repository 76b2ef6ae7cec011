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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.Events;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.governance.EventKind;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.OrganisationParticipants;
import se.westum.consortium.domain.governance.Participation;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.shared.DateRange;

/**
 * Events in {@code consortium_event}; participants counted per organisation in {@code
 * consortium_event_organisation}, or listed by person in {@code consortium_event_person}. The
 * event's {@code participation} column says which form it has; a total alone needs no child row.
 */
final class JdbcEvents implements Events {

  // an event has child rows in one of the two tables at most, so the joins multiply nothing
  private static final String SELECT =
      "SELECT e.event_id, e.kind, e.name, e.starts_on, e.ends_on, e.place, e.country,"
          + " e.organiser, e.goal_id, e.participation, e.participants,"
          + " o.line_no, o.organisation, o.country AS organisation_country,"
          + " o.participants AS organisation_count, p.person_ref"
          + " FROM consortium_event e"
          + " LEFT JOIN consortium_event_organisation o ON o.event_id = e.event_id"
          + " LEFT JOIN consortium_event_person p ON p.event_id = e.event_id";

  private static final String ORDER = " ORDER BY e.starts_on, e.event_id, o.line_no, p.person_ref";

  /** The forms of participation, as the {@code participation} column names them. */
  private enum Form {
    TOTAL,
    BY_ORGANISATION,
    BY_PERSON;

    static Form of(Participation participation) {
      if (participation instanceof Participation.ByOrganisation) {
        return BY_ORGANISATION;
      }
      return participation instanceof Participation.ByPerson ? BY_PERSON : TOTAL;
    }
  }

  private static final RecordTable<Event> TABLE =
      new RecordTable<Event>(
              "consortium_event",
              "event_id",
              event -> event.id().value(),
              "INSERT INTO consortium_event (event_id, kind, name, starts_on, ends_on, place, country,"
                  + " organiser, goal_id, participation, participants)"
                  + " VALUES (:id, :kind, :name, :start, :end, :place, :country, :organiser, :goal,"
                  + " :form, :total)",
              "UPDATE consortium_event SET kind = :kind, name = :name, starts_on = :start,"
                  + " ends_on = :end, place = :place, country = :country, organiser = :organiser,"
                  + " goal_id = :goal, participation = :form, participants = :total"
                  + " WHERE event_id = :id",
              (batch, event) ->
                  batch
                      .bind("kind", event.kind().name())
                      .bind("name", event.name())
                      .bind("start", event.dates().start())
                      .bind("end", event.dates().end())
                      .bind("place", event.place())
                      .bind("country", event.country())
                      .bind("organiser", event.organiser())
                      .bindByType(
                          "goal", event.goal().map(GoalId::value).orElse(null), String.class)
                      .bind("form", Form.of(event.participation()).name())
                      .bind("total", event.participation().total()),
              List.of(
                  new RecordTable.Children<>(
                      "consortium_event_organisation",
                      "INSERT INTO consortium_event_organisation"
                          + " (event_id, line_no, organisation, country, participants)"
                          + " VALUES (:id, :line, :organisation, :country, :count)",
                      (batch, event) -> {
                        if (event.participation() instanceof Participation.ByOrganisation counted) {
                          for (int i = 0; i < counted.rows().size(); i++) {
                            OrganisationParticipants row = counted.rows().get(i);
                            batch
                                .bind("id", event.id().value())
                                .bind("line", i + 1)
                                .bind("organisation", row.organisation())
                                .bind("country", row.country())
                                .bind("count", row.count())
                                .add();
                          }
                        }
                      }),
                  new RecordTable.Children<>(
                      "consortium_event_person",
                      "INSERT INTO consortium_event_person (event_id, person_ref) VALUES (:id, :person)",
                      (batch, event) -> {
                        if (event.participation() instanceof Participation.ByPerson listed) {
                          listed
                              .people()
                              .forEach(
                                  person ->
                                      batch
                                          .bind("id", event.id().value())
                                          .bind("person", person.value())
                                          .add());
                        }
                      })))
          .referring(
              "consortium_goal",
              "goal_id",
              "goal",
              event -> event.goal().stream().map(GoalId::value))
          .comparing(
              (handle, ids) ->
                  RowGroups.fold(
                      handle
                          .createQuery(SELECT + " WHERE e.event_id IN (<ids>)" + ORDER)
                          .bindList("ids", ids)
                          .map(JdbcEvents.MAPPER)
                          .list(),
                      Row::id,
                      JdbcEvents::event));

  /** An organisation row of the join, with its number. */
  private record Line(int number, OrganisationParticipants participants) {}

  /** One row of the join. */
  private record Row(
      EventId id,
      EventKind kind,
      String name,
      DateRange dates,
      String place,
      String country,
      String organiser,
      Optional<GoalId> goal,
      Form form,
      int total,
      Optional<Line> line,
      Optional<PersonRef> person) {}

  private static final RowMapper<Row> MAPPER = JdbcEvents::map;

  private final Database database;

  JdbcEvents(Database database) {
    this.database = database;
  }

  @Override
  public Optional<Event> find(EventId id) {
    List<Row> rows =
        database.list(SELECT + " WHERE e.event_id = :id" + ORDER, Map.of("id", id.value()), MAPPER);
    return RowGroups.fold(rows, Row::id, JdbcEvents::event).stream().findFirst();
  }

  @Override
  public List<Event> overlapping(DateRange period) {
    List<Row> rows =
        database.list(
            SELECT + " WHERE e.starts_on <= :to AND e.ends_on >= :from" + ORDER,
            Map.of("from", period.start(), "to", period.end()),
            MAPPER);
    return RowGroups.fold(rows, Row::id, JdbcEvents::event);
  }

  @Override
  public void save(Event event) {
    saveAll(List.of(event));
  }

  @Override
  public Saved saveAll(Collection<Event> events) {
    return TABLE.saveAll(database, events);
  }

  @Override
  public Stream<Event> stream() {
    return RowGroups.fold(database.stream(SELECT + ORDER, MAPPER), Row::id, JdbcEvents::event);
  }

  private static Event event(List<Row> rows) {
    Row first = rows.get(0);
    return new Event(
        first.id(),
        first.kind(),
        first.name(),
        first.dates(),
        first.place(),
        first.country(),
        first.organiser(),
        first.goal(),
        participation(first, rows));
  }

  private static Participation participation(Row first, List<Row> rows) {
    return switch (first.form()) {
      case TOTAL -> new Participation.Total(first.total());
      case BY_ORGANISATION -> {
        Map<Integer, OrganisationParticipants> lines = new LinkedHashMap<>();
        rows.forEach(
            row -> row.line().ifPresent(line -> lines.put(line.number(), line.participants())));
        yield new Participation.ByOrganisation(List.copyOf(lines.values()));
      }
      case BY_PERSON -> {
        TreeSet<PersonRef> people = new TreeSet<>();
        rows.forEach(row -> row.person().ifPresent(people::add));
        yield new Participation.ByPerson(people);
      }
    };
  }

  private static Row map(ResultSet rs, StatementContext context) throws SQLException {
    Integer line = rs.getObject("line_no", Integer.class);
    Optional<Line> organisation =
        line == null
            ? Optional.empty()
            : Optional.of(
                new Line(
                    line,
                    new OrganisationParticipants(
                        rs.getString("organisation"),
                        rs.getString("organisation_country"),
                        rs.getInt("organisation_count"))));
    return new Row(
        new EventId(rs.getString("event_id")),
        EventKind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        new DateRange(
            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)),
        rs.getString("place"),
        rs.getString("country"),
        rs.getString("organiser"),
        Optional.ofNullable(rs.getString("goal_id")).map(GoalId::new),
        Form.valueOf(rs.getString("participation")),
        rs.getInt("participants"),
        organisation,
        Optional.ofNullable(rs.getString("person_ref")).map(PersonRef::new));
  }
}
