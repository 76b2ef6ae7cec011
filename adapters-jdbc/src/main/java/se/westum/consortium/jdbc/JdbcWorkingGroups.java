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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.port.out.WorkingGroups;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.project.GroupId;
import se.westum.consortium.domain.project.GroupKind;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.WorkingGroup;

/**
 * Project boards and working groups in {@code consortium_working_group}, their organisations in
 * {@code consortium_working_group_organisation} and their meetings (of {@code consortium_meeting})
 * in {@code consortium_working_group_meeting}.
 */
final class JdbcWorkingGroups implements WorkingGroups {

  // one row per organisation, or one with none; meetings are read by a second query, as joining
  // both child tables would multiply their rows
  private static final String SELECT =
      "SELECT g.group_id, g.project_id, g.name, g.kind, o.organisation"
          + " FROM consortium_working_group g"
          + " LEFT JOIN consortium_working_group_organisation o ON o.group_id = g.group_id";

  private static final String ORDER = " ORDER BY g.group_id, o.line_no";

  private static final String SELECT_MEETINGS =
      "SELECT m.group_id, m.meeting_id FROM consortium_working_group_meeting m"
          + " JOIN consortium_working_group g ON g.group_id = m.group_id";

  private static final RecordTable<WorkingGroup> TABLE =
      new RecordTable<WorkingGroup>(
              "consortium_working_group",
              "group_id",
              group -> group.id().value(),
              "INSERT INTO consortium_working_group (group_id, project_id, name, kind)"
                  + " VALUES (:id, :project, :name, :kind)",
              "UPDATE consortium_working_group SET project_id = :project, name = :name, kind = :kind"
                  + " WHERE group_id = :id",
              (batch, group) ->
                  batch
                      .bind("project", group.project().value())
                      .bind("name", group.name())
                      .bind("kind", group.kind().name()),
              List.of(
                  new RecordTable.Children<>(
                      "consortium_working_group_organisation",
                      "INSERT INTO consortium_working_group_organisation"
                          + " (group_id, line_no, organisation) VALUES (:id, :line, :organisation)",
                      (batch, group) -> {
                        for (int i = 0; i < group.organisations().size(); i++) {
                          batch
                              .bind("id", group.id().value())
                              .bind("line", i + 1)
                              .bind("organisation", group.organisations().get(i))
                              .add();
                        }
                      }),
                  new RecordTable.Children<>(
                      "consortium_working_group_meeting",
                      "INSERT INTO consortium_working_group_meeting (group_id, line_no, meeting_id)"
                          + " VALUES (:id, :line, :meeting)",
                      (batch, group) -> {
                        for (int i = 0; i < group.meetings().size(); i++) {
                          batch
                              .bind("id", group.id().value())
                              .bind("line", i + 1)
                              .bind("meeting", group.meetings().get(i).value())
                              .add();
                        }
                      })))
          .referring(
              "consortium_project",
              "project_id",
              "project",
              group -> Stream.of(group.project().value()))
          .referring(
              "consortium_meeting",
              "meeting_id",
              "meeting",
              group -> group.meetings().stream().map(MeetingId::value))
          .comparing(JdbcWorkingGroups::stored);

  /** One row of the join. */
  private record Row(
      GroupId id, ProjectId project, String name, GroupKind kind, Optional<String> organisation) {}

  private static final RowMapper<Row> MAPPER = JdbcWorkingGroups::map;

  private final Database database;

  JdbcWorkingGroups(Database database) {
    this.database = database;
  }

  @Override
  public Optional<WorkingGroup> find(GroupId id) {
    return database.read(handle -> groups(handle, "g.group_id", id.value())).stream().findFirst();
  }

  @Override
  public List<WorkingGroup> ofProject(ProjectId project) {
    return database.read(handle -> groups(handle, "g.project_id", project.value()));
  }

  // the groups whose column has the value, with their organisations and meetings
  private static List<WorkingGroup> groups(Handle handle, String column, String value) {
    return groups(handle, " WHERE " + column + " = :value", query -> query.bind("value", value));
  }

  /** The stored groups of some ids, to compare a save with. */
  private static List<WorkingGroup> stored(Handle handle, List<String> ids) {
    return groups(handle, " WHERE g.group_id IN (<ids>)", query -> query.bindList("ids", ids));
  }

  private static List<WorkingGroup> groups(Handle handle, String where, UnaryOperator<Query> bind) {
    List<Row> rows = bind.apply(handle.createQuery(SELECT + where + ORDER)).map(MAPPER).list();
    Map<GroupId, List<MeetingId>> meetings = new HashMap<>();
    bind.apply(handle.createQuery(SELECT_MEETINGS + where + " ORDER BY m.group_id, m.line_no"))
        .map(
            (rs, context) ->
                Map.entry(
                    new GroupId(rs.getString("group_id")),
                    new MeetingId(rs.getString("meeting_id"))))
        .forEach(
            held ->
                meetings
                    .computeIfAbsent(held.getKey(), g -> new ArrayList<>())
                    .add(held.getValue()));
    return RowGroups.fold(
        rows, Row::id, group -> group(group, meetings.getOrDefault(group.get(0).id(), List.of())));
  }

  @Override
  public void save(WorkingGroup group) {
    saveAll(List.of(group));
  }

  @Override
  public Saved saveAll(Collection<WorkingGroup> groups) {
    return TABLE.saveAll(database, groups);
  }

  private static WorkingGroup group(List<Row> rows, List<MeetingId> meetings) {
    Row first = rows.get(0);
    List<String> organisations = new ArrayList<>();
    rows.forEach(row -> row.organisation().ifPresent(organisations::add));
    return new WorkingGroup(
        first.id(), first.project(), first.name(), first.kind(), organisations, meetings);
  }

  private static Row map(ResultSet rs, StatementContext context) throws SQLException {
    return new Row(
        new GroupId(rs.getString("group_id")),
        new ProjectId(rs.getString("project_id")),
        rs.getString("name"),
        GroupKind.valueOf(rs.getString("kind")),
        Optional.ofNullable(rs.getString("organisation")));
  }
}
