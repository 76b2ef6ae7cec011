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
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.Goals;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;

/** Operational-plan goals in {@code consortium_goal}. */
final class JdbcGoals implements Goals {

  private static final String COLUMNS = "goal_id, fiscal_year, goal_number, title";

  private static final RecordTable<Goal> TABLE =
      new RecordTable<Goal>(
              "consortium_goal",
              "goal_id",
              goal -> goal.id().value(),
              "INSERT INTO consortium_goal (goal_id, fiscal_year, goal_number, title)"
                  + " VALUES (:id, :year, :number, :title)",
              "UPDATE consortium_goal SET fiscal_year = :year, goal_number = :number, title = :title"
                  + " WHERE goal_id = :id",
              (batch, goal) ->
                  batch
                      .bind("year", goal.fiscalYear().getValue())
                      .bind("number", goal.number())
                      .bind("title", goal.title()),
              List.of())
          .comparing(
              (handle, ids) ->
                  handle
                      .createQuery(
                          "SELECT " + COLUMNS + " FROM consortium_goal WHERE goal_id IN (<ids>)")
                      .bindList("ids", ids)
                      .map(JdbcGoals::map)
                      .list());

  private static final RowMapper<Goal> MAPPER = JdbcGoals::map;

  private final Database database;

  JdbcGoals(Database database) {
    this.database = database;
  }

  @Override
  public Optional<Goal> find(GoalId id) {
    return database.findOne(
        "SELECT " + COLUMNS + " FROM consortium_goal WHERE goal_id = :id",
        Map.of("id", id.value()),
        MAPPER);
  }

  @Override
  public List<Goal> ofYear(Year fiscalYear) {
    return database.list(
        "SELECT " + COLUMNS + " FROM consortium_goal WHERE fiscal_year = :year ORDER BY goal_id",
        Map.of("year", fiscalYear.getValue()),
        MAPPER);
  }

  @Override
  public void save(Goal goal) {
    saveAll(List.of(goal));
  }

  @Override
  public Saved saveAll(Collection<Goal> goals) {
    return TABLE.saveAll(database, goals);
  }

  @Override
  public Stream<Goal> stream() {
    return database.stream("SELECT " + COLUMNS + " FROM consortium_goal ORDER BY goal_id", MAPPER);
  }

  private static Goal map(ResultSet rs, StatementContext context) throws SQLException {
    return new Goal(
        new GoalId(rs.getString("goal_id")),
        Year.of(rs.getInt("fiscal_year")),
        rs.getString("goal_number"),
        rs.getString("title"));
  }
}
