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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.FocusAreas;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.training.FocusArea;
import se.westum.consortium.domain.training.TopicId;

/** The focus areas in {@code consortium_focus_area}, keyed by project and topic. */
final class JdbcFocusAreas implements FocusAreas {

  private static final String SELECT =
      "SELECT project_id, topic_id, chosen_on, decision_meeting, decision_paragraph"
          + " FROM consortium_focus_area";

  private static final KeyedRecords<FocusArea> TABLE =
      new KeyedRecords<>(
          JdbcFocusAreas::key,
          (handle, chunk) -> {
            Set<String> keys = chunk.stream().map(JdbcFocusAreas::key).collect(Collectors.toSet());
            return handle
                .createQuery(SELECT + " WHERE project_id IN (<projects>)")
                .bindList(
                    "projects", chunk.stream().map(f -> f.project().value()).distinct().toList())
                .map(JdbcFocusAreas::map)
                .list()
                .stream()
                .filter(f -> keys.contains(key(f)))
                .collect(Collectors.toMap(JdbcFocusAreas::key, Function.identity()));
          },
          "INSERT INTO consortium_focus_area (project_id, topic_id, chosen_on, decision_meeting,"
              + " decision_paragraph) VALUES (:project, :topic, :chosen, :meeting, :paragraph)",
          "UPDATE consortium_focus_area SET chosen_on = :chosen, decision_meeting = :meeting,"
              + " decision_paragraph = :paragraph WHERE project_id = :project AND topic_id = :topic",
          (batch, f) ->
              batch
                  .bind("project", f.project().value())
                  .bind("topic", f.topic().value())
                  .bind("chosen", f.chosenOn())
                  .bindByType(
                      "meeting",
                      f.decision().map(d -> d.meeting().value()).orElse(null),
                      String.class)
                  .bindByType(
                      "paragraph",
                      f.decision().map(DecisionId::paragraph).orElse(null),
                      Integer.class),
          (batch, f) -> batch.bind("project", f.project().value()),
          List.of());

  private final Database database;

  JdbcFocusAreas(Database database) {
    this.database = database;
  }

  @Override
  public List<FocusArea> ofProject(ProjectId project) {
    return database.list(
        SELECT + " WHERE project_id = :project ORDER BY topic_id",
        Map.of("project", project.value()),
        JdbcFocusAreas::map);
  }

  @Override
  public Saved saveAll(Collection<FocusArea> areas) {
    return TABLE.saveAll(database, areas);
  }

  @Override
  public Stream<FocusArea> stream() {
    return database.stream(SELECT + " ORDER BY project_id, topic_id", JdbcFocusAreas::map);
  }

  private static String key(FocusArea area) {
    return area.project().value() + "/" + area.topic().value();
  }

  /** The decision of a row's two decision columns, if it names one. */
  static Optional<DecisionId> decision(ResultSet rs) throws SQLException {
    String meeting = rs.getString("decision_meeting");
    return meeting == null
        ? Optional.empty()
        : Optional.of(new DecisionId(new MeetingId(meeting), rs.getInt("decision_paragraph")));
  }

  private static FocusArea map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new FocusArea(
        new ProjectId(rs.getString("project_id")),
        new TopicId(rs.getString("topic_id")),
        rs.getObject("chosen_on", LocalDate.class),
        decision(rs));
  }
}
