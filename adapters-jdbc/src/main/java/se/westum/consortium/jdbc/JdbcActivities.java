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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.Activities;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.project.ActivityId;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProjectId;

/** Main activities (work packages) in {@code consortium_activity}. */
final class JdbcActivities implements Activities {

  private static final String SELECT =
      "SELECT activity_id, project_id, name, partner_id FROM consortium_activity";

  private static final RecordTable<MainActivity> TABLE =
      new RecordTable<MainActivity>(
              "consortium_activity",
              "activity_id",
              activity -> activity.id().value(),
              "INSERT INTO consortium_activity (activity_id, project_id, name, partner_id)"
                  + " VALUES (:id, :project, :name, :partner)",
              "UPDATE consortium_activity SET project_id = :project, name = :name,"
                  + " partner_id = :partner WHERE activity_id = :id",
              (batch, activity) ->
                  batch
                      .bind("project", activity.project().value())
                      .bind("name", activity.name())
                      .bind("partner", activity.responsible().value()),
              List.of())
          .referring(
              "consortium_project",
              "project_id",
              "project",
              activity -> Stream.of(activity.project().value()))
          .referring(
              "consortium_partner",
              "partner_id",
              "partner",
              activity -> Stream.of(activity.responsible().value()))
          .comparing(JdbcActivities::stored);

  private static final RowMapper<MainActivity> MAPPER = JdbcActivities::map;

  private final Database database;

  JdbcActivities(Database database) {
    this.database = database;
  }

  @Override
  public Optional<MainActivity> find(ActivityId id) {
    return database.findOne(SELECT + " WHERE activity_id = :id", Map.of("id", id.value()), MAPPER);
  }

  @Override
  public List<MainActivity> ofProject(ProjectId project) {
    return database.list(
        SELECT + " WHERE project_id = :project ORDER BY activity_id",
        Map.of("project", project.value()),
        MAPPER);
  }

  @Override
  public void save(MainActivity activity) {
    saveAll(List.of(activity));
  }

  @Override
  public Saved saveAll(Collection<MainActivity> activities) {
    return TABLE.saveAll(database, activities);
  }

  private static MainActivity map(ResultSet rs, StatementContext context) throws SQLException {
    return new MainActivity(
        new ActivityId(rs.getString("activity_id")),
        new ProjectId(rs.getString("project_id")),
        rs.getString("name"),
        new PartnerId(rs.getString("partner_id")));
  }

  /** The stored activities of some ids, to compare a save with. */
  private static List<MainActivity> stored(Handle handle, List<String> ids) {
    return handle
        .createQuery(SELECT + " WHERE activity_id IN (<ids>)")
        .bindList("ids", ids)
        .map(MAPPER)
        .list();
  }
}
