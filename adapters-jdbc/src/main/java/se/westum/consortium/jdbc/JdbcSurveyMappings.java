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

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.port.out.SurveyMappings;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.training.SurveyMapping;
import se.westum.consortium.domain.training.SurveyTarget;

/**
 * The survey mappings of projects in {@code consortium_survey_mapping}, one row per target, under
 * the project's row of {@code consortium_training_settings} (shared with its vocabulary and quota).
 */
final class JdbcSurveyMappings implements SurveyMappings {

  private static final RecordTable<SurveyMapping> TABLE =
      new RecordTable<SurveyMapping>(
              "consortium_training_settings",
              "project_id",
              m -> m.project().value(),
              "INSERT INTO consortium_training_settings (project_id, has_vocabulary)"
                  + " VALUES (:id, FALSE)",
              // the row holds nothing of the mapping's own: it only has to be there
              "UPDATE consortium_training_settings SET has_vocabulary = has_vocabulary"
                  + " WHERE project_id = :id",
              (batch, m) -> {},
              List.of(
                  new RecordTable.Children<>(
                      "consortium_survey_mapping",
                      "INSERT INTO consortium_survey_mapping (project_id, target, item_no, source)"
                          + " VALUES (:id, :target, :item, :source)",
                      (batch, m) -> {
                        List<Map.Entry<SurveyTarget, String>> entries =
                            new ArrayList<>(m.sources().entrySet());
                        for (int i = 0; i < entries.size(); i++) {
                          batch
                              .bind("id", m.project().value())
                              .bind("target", entries.get(i).getKey().written())
                              .bind("item", i)
                              .bind("source", entries.get(i).getValue())
                              .add();
                        }
                      })))
          .referring(
              "consortium_project", "project_id", "project", m -> Stream.of(m.project().value()))
          .comparing(JdbcSurveyMappings::stored)
          .sharingRows();

  private final Database database;

  JdbcSurveyMappings(Database database) {
    this.database = database;
  }

  @Override
  public Optional<SurveyMapping> find(ProjectId project) {
    return database.read(handle -> find(handle, project));
  }

  @Override
  public Saved saveAll(Collection<SurveyMapping> mappings) {
    return TABLE.saveAll(database, mappings);
  }

  @Override
  public Stream<SurveyMapping> stream() {
    return database
        .read(
            handle ->
                handle
                    .createQuery(
                        "SELECT DISTINCT project_id FROM consortium_survey_mapping"
                            + " ORDER BY project_id")
                    .mapTo(String.class)
                    .list()
                    .stream()
                    .map(p -> find(handle, new ProjectId(p)).orElseThrow())
                    .toList())
        .stream();
  }

  private static List<SurveyMapping> stored(Handle handle, List<String> projects) {
    return projects.stream()
        .map(p -> find(handle, new ProjectId(p)))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<SurveyMapping> find(Handle handle, ProjectId project) {
    Map<SurveyTarget, String> sources = new LinkedHashMap<>();
    handle
        .createQuery(
            "SELECT target, source FROM consortium_survey_mapping"
                + " WHERE project_id = :project ORDER BY item_no")
        .bind("project", project.value())
        .map((rs, ctx) -> Map.entry(rs.getString("target"), rs.getString("source")))
        .forEach(e -> sources.put(SurveyTarget.parse(e.getKey()), e.getValue()));
    return sources.isEmpty() ? Optional.empty() : Optional.of(new SurveyMapping(project, sources));
  }
}
