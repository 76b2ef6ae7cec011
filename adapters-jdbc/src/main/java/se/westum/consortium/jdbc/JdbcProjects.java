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
import se.westum.consortium.application.port.out.Projects;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.project.Audit;
import se.westum.consortium.domain.project.ProgrammeId;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.ProjectStatus;
import se.westum.consortium.domain.shared.DateRange;

/**
 * Projects in {@code consortium_project}, their audits in {@code consortium_project_audit} and the
 * goals they name (of {@code consortium_goal}) in {@code consortium_project_goal}.
 */
final class JdbcProjects implements Projects {

  // one row per audit, or one with no audit; goals are read by a second query with the same
  // condition, as joining both child tables would multiply their rows
  private static final String SELECT =
      "SELECT p.project_id, p.name, p.programme_id, p.starts_on, p.ends_on, p.coordinator,"
          + " p.status, p.application_deadline, p.final_report_deadline,"
          + " a.audit_no, a.audited_on, a.authority, a.outcome"
          + " FROM consortium_project p"
          + " LEFT JOIN consortium_project_audit a ON a.project_id = p.project_id";

  private static final String ORDER = " ORDER BY p.project_id, a.audit_no";

  private static final String SELECT_GOALS =
      "SELECT g.project_id, g.goal_id FROM consortium_project_goal g"
          + " JOIN consortium_project p ON p.project_id = g.project_id";

  private static final String ORDER_GOALS = " ORDER BY g.project_id, g.goal_no";

  private static final RecordTable<Project> TABLE =
      new RecordTable<Project>(
              "consortium_project",
              "project_id",
              project -> project.id().value(),
              "INSERT INTO consortium_project (project_id, name, programme_id, starts_on, ends_on,"
                  + " coordinator, status, application_deadline, final_report_deadline)"
                  + " VALUES (:id, :name, :programme, :start, :end, :coordinator, :status,"
                  + " :applicationDeadline, :finalReportDeadline)",
              "UPDATE consortium_project SET name = :name, programme_id = :programme,"
                  + " starts_on = :start, ends_on = :end, coordinator = :coordinator,"
                  + " status = :status, application_deadline = :applicationDeadline,"
                  + " final_report_deadline = :finalReportDeadline"
                  + " WHERE project_id = :id",
              (batch, project) ->
                  batch
                      .bind("name", project.name())
                      .bind("programme", project.programme().value())
                      .bind("start", project.period().start())
                      .bind("end", project.period().end())
                      .bind("coordinator", project.coordinator())
                      .bind("status", project.status().name())
                      .bindByType(
                          "applicationDeadline",
                          project.applicationDeadline().orElse(null),
                          LocalDate.class)
                      .bindByType(
                          "finalReportDeadline",
                          project.finalReportDeadline().orElse(null),
                          LocalDate.class),
              List.of(
                  new RecordTable.Children<>(
                      "consortium_project_audit",
                      "INSERT INTO consortium_project_audit"
                          + " (project_id, audit_no, audited_on, authority, outcome)"
                          + " VALUES (:id, :number, :date, :authority, :outcome)",
                      (batch, project) -> {
                        for (int i = 0; i < project.audits().size(); i++) {
                          Audit audit = project.audits().get(i);
                          batch
                              .bind("id", project.id().value())
                              .bind("number", i + 1)
                              .bind("date", audit.date())
                              .bind("authority", audit.authority())
                              .bind("outcome", audit.outcome())
                              .add();
                        }
                      }),
                  new RecordTable.Children<>(
                      "consortium_project_goal",
                      "INSERT INTO consortium_project_goal (project_id, goal_id, goal_no)"
                          + " VALUES (:id, :goal, :number)",
                      (batch, project) -> {
                        for (int i = 0; i < project.goals().size(); i++) {
                          batch
                              .bind("id", project.id().value())
                              .bind("goal", project.goals().get(i).value())
                              .bind("number", i + 1)
                              .add();
                        }
                      })))
          .referring(
              "consortium_programme",
              "programme_id",
              "programme",
              project -> Stream.of(project.programme().value()))
          .referring(
              "consortium_goal",
              "goal_id",
              "goal",
              project -> project.goals().stream().map(GoalId::value))
          .comparing(JdbcProjects::stored);

  /** One row of the join. */
  private record Row(
      ProjectId id,
      String name,
      ProgrammeId programme,
      DateRange period,
      String coordinator,
      ProjectStatus status,
      Optional<LocalDate> applicationDeadline,
      Optional<LocalDate> finalReportDeadline,
      Optional<Audit> audit) {}

  private static final RowMapper<Row> MAPPER = JdbcProjects::map;

  private final Database database;

  JdbcProjects(Database database) {
    this.database = database;
  }

  @Override
  public Optional<Project> find(ProjectId id) {
    return database
        .read(
            handle ->
                projects(
                    handle, " WHERE p.project_id = :id", query -> query.bind("id", id.value())))
        .stream()
        .findFirst();
  }

  @Override
  public List<Project> all() {
    return database.read(handle -> projects(handle, "", UnaryOperator.identity()));
  }

  /** The stored projects of some ids, with their audits and goals, to compare a save with. */
  private static List<Project> stored(Handle handle, List<String> ids) {
    return projects(handle, " WHERE p.project_id IN (<ids>)", query -> query.bindList("ids", ids));
  }

  // the projects the condition selects, with their audits and goals: two queries in all
  private static List<Project> projects(Handle handle, String where, UnaryOperator<Query> bind) {
    List<Row> rows = bind.apply(handle.createQuery(SELECT + where + ORDER)).map(MAPPER).list();
    Map<ProjectId, List<GoalId>> goals = new HashMap<>();
    bind.apply(handle.createQuery(SELECT_GOALS + where + ORDER_GOALS))
        .map(
            (rs, context) ->
                Map.entry(
                    new ProjectId(rs.getString("project_id")), new GoalId(rs.getString("goal_id"))))
        .forEach(
            named ->
                goals
                    .computeIfAbsent(named.getKey(), p -> new ArrayList<>())
                    .add(named.getValue()));
    return RowGroups.fold(
        rows,
        Row::id,
        project -> project(project, goals.getOrDefault(project.get(0).id(), List.of())));
  }

  @Override
  public void save(Project project) {
    saveAll(List.of(project));
  }

  @Override
  public Saved saveAll(Collection<Project> projects) {
    return TABLE.saveAll(database, projects);
  }

  private static Project project(List<Row> rows, List<GoalId> goals) {
    Row first = rows.get(0);
    List<Audit> audits = new ArrayList<>();
    rows.forEach(row -> row.audit().ifPresent(audits::add));
    return new Project(
        first.id(),
        first.name(),
        first.programme(),
        first.period(),
        first.coordinator(),
        first.status(),
        first.applicationDeadline(),
        first.finalReportDeadline(),
        audits,
        goals);
  }

  private static Row map(ResultSet rs, StatementContext context) throws SQLException {
    LocalDate audited = rs.getObject("audited_on", LocalDate.class);
    return new Row(
        new ProjectId(rs.getString("project_id")),
        rs.getString("name"),
        new ProgrammeId(rs.getString("programme_id")),
        new DateRange(
            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)),
        rs.getString("coordinator"),
        ProjectStatus.valueOf(rs.getString("status")),
        Optional.ofNullable(rs.getObject("application_deadline", LocalDate.class)),
        Optional.ofNullable(rs.getObject("final_report_deadline", LocalDate.class)),
        audited == null
            ? Optional.empty()
            : Optional.of(new Audit(audited, rs.getString("authority"), rs.getString("outcome"))));
  }
}
