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
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.port.out.Staff;
import se.westum.consortium.domain.governance.PersonName;
import se.westum.consortium.domain.governance.StaffId;
import se.westum.consortium.domain.governance.StaffMember;

/**
 * Employments in {@code consortium_staff}, their projects in {@code consortium_staff_project}. The
 * names are personal data: nothing here logs them or puts them in an exception.
 */
final class JdbcStaff implements Staff {

  // one row per project, or one with no project
  private static final String SELECT =
      "SELECT s.staff_id, s.person_name, s.staff_role, s.started_on, s.ended_on, p.project"
          + " FROM consortium_staff s"
          + " LEFT JOIN consortium_staff_project p ON p.staff_id = s.staff_id";

  private static final String ORDER = " ORDER BY s.started_on, s.staff_id, p.project";

  private static final RecordTable<StaffMember> TABLE =
      new RecordTable<StaffMember>(
              "consortium_staff",
              "staff_id",
              member -> member.id().value(),
              "INSERT INTO consortium_staff (staff_id, person_name, staff_role, started_on, ended_on)"
                  + " VALUES (:id, :name, :role, :started, :ended)",
              "UPDATE consortium_staff SET person_name = :name, staff_role = :role,"
                  + " started_on = :started, ended_on = :ended"
                  + " WHERE staff_id = :id",
              (batch, member) ->
                  batch
                      .bind("name", member.name().value())
                      .bind("role", member.role())
                      .bind("started", member.started())
                      .bindByType("ended", member.ended().orElse(null), LocalDate.class),
              List.of(
                  new RecordTable.Children<>(
                      "consortium_staff_project",
                      "INSERT INTO consortium_staff_project (staff_id, project) VALUES (:id, :project)",
                      (batch, member) ->
                          member
                              .projects()
                              .forEach(
                                  project ->
                                      batch
                                          .bind("id", member.id().value())
                                          .bind("project", project)
                                          .add()))))
          .comparing(JdbcStaff::stored);

  /** One row of the join. */
  private record Row(
      StaffId id,
      PersonName name,
      String role,
      LocalDate started,
      Optional<LocalDate> ended,
      Optional<String> project) {}

  private static final RowMapper<Row> MAPPER = JdbcStaff::map;

  private final Database database;

  JdbcStaff(Database database) {
    this.database = database;
  }

  @Override
  public Optional<StaffMember> find(StaffId id) {
    List<Row> rows =
        database.list(SELECT + " WHERE s.staff_id = :id" + ORDER, Map.of("id", id.value()), MAPPER);
    return RowGroups.fold(rows, Row::id, JdbcStaff::member).stream().findFirst();
  }

  @Override
  public List<StaffMember> all() {
    List<Row> rows = database.read(handle -> handle.createQuery(SELECT + ORDER).map(MAPPER).list());
    return RowGroups.fold(rows, Row::id, JdbcStaff::member);
  }

  @Override
  public void save(StaffMember member) {
    saveAll(List.of(member));
  }

  @Override
  public Saved saveAll(Collection<StaffMember> staff) {
    return TABLE.saveAll(database, staff);
  }

  private static StaffMember member(List<Row> rows) {
    Row first = rows.get(0);
    TreeSet<String> projects = new TreeSet<>();
    rows.forEach(row -> row.project().ifPresent(projects::add));
    return new StaffMember(
        first.id(), first.name(), first.role(), first.started(), first.ended(), projects);
  }

  private static Row map(ResultSet rs, StatementContext context) throws SQLException {
    return new Row(
        new StaffId(rs.getString("staff_id")),
        new PersonName(rs.getString("person_name")),
        rs.getString("staff_role"),
        rs.getObject("started_on", LocalDate.class),
        Optional.ofNullable(rs.getObject("ended_on", LocalDate.class)),
        Optional.ofNullable(rs.getString("project")));
  }

  /** The stored employments of some ids, with their projects, to compare a save with. */
  private static List<StaffMember> stored(Handle handle, List<String> ids) {
    List<Row> rows =
        handle
            .createQuery(SELECT + " WHERE s.staff_id IN (<ids>)" + ORDER)
            .bindList("ids", ids)
            .map(MAPPER)
            .list();
    return RowGroups.fold(rows, Row::id, JdbcStaff::member);
  }
}
