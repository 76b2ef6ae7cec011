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
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.port.out.Vocabularies;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.training.NeedTopic;
import se.westum.consortium.domain.training.Quota;
import se.westum.consortium.domain.training.Sector;
import se.westum.consortium.domain.training.SectorId;
import se.westum.consortium.domain.training.TopicId;
import se.westum.consortium.domain.training.Vocabulary;

/**
 * The training settings of projects in {@code consortium_training_settings}, their need topics in
 * {@code consortium_training_topic} and sectors in {@code consortium_training_sector}.
 */
final class JdbcVocabularies implements Vocabularies {

  // the settings row is shared with the quota (and the survey mapping): see sharingRows
  private static final RecordTable<Vocabulary> TABLE =
      new RecordTable<Vocabulary>(
              "consortium_training_settings",
              "project_id",
              v -> v.project().value(),
              "INSERT INTO consortium_training_settings (project_id, has_vocabulary)"
                  + " VALUES (:id, TRUE)",
              "UPDATE consortium_training_settings SET has_vocabulary = TRUE"
                  + " WHERE project_id = :id",
              (batch, v) -> {},
              List.of(
                  new RecordTable.Children<>(
                      "consortium_training_topic",
                      "INSERT INTO consortium_training_topic (project_id, topic_id, item_no, name)"
                          + " VALUES (:id, :topic, :item, :name)",
                      (batch, v) -> {
                        for (int i = 0; i < v.topics().size(); i++) {
                          batch
                              .bind("id", v.project().value())
                              .bind("topic", v.topics().get(i).id().value())
                              .bind("item", i)
                              .bind("name", v.topics().get(i).name())
                              .add();
                        }
                      }),
                  new RecordTable.Children<>(
                      "consortium_training_sector",
                      "INSERT INTO consortium_training_sector (project_id, sector_id, item_no, name,"
                          + " selected) VALUES (:id, :sector, :item, :name, :selected)",
                      (batch, v) -> {
                        for (int i = 0; i < v.sectors().size(); i++) {
                          batch
                              .bind("id", v.project().value())
                              .bind("sector", v.sectors().get(i).id().value())
                              .bind("item", i)
                              .bind("name", v.sectors().get(i).name())
                              .bind("selected", v.sectors().get(i).selected())
                              .add();
                        }
                      })))
          .referring(
              "consortium_project", "project_id", "project", v -> Stream.of(v.project().value()))
          .comparing(JdbcVocabularies::stored)
          .sharingRows();

  private final Database database;

  JdbcVocabularies(Database database) {
    this.database = database;
  }

  @Override
  public Optional<Vocabulary> find(ProjectId project) {
    return database.read(handle -> find(handle, project));
  }

  @Override
  public Saved saveAll(Collection<Vocabulary> vocabularies) {
    return TABLE.saveAll(database, vocabularies);
  }

  @Override
  public Optional<Quota> quota(ProjectId project) {
    return database.findOne(
        "SELECT quota_min, quota_max FROM consortium_training_settings"
            + " WHERE project_id = :project AND quota_min IS NOT NULL",
        Map.of("project", project.value()),
        (rs, ctx) -> new Quota(rs.getInt("quota_min"), rs.getInt("quota_max")));
  }

  @Override
  public void saveQuota(ProjectId project, Quota quota) {
    database.write(
        handle -> {
          int updated =
              handle
                  .createUpdate(
                      "UPDATE consortium_training_settings SET quota_min = :min, quota_max = :max"
                          + " WHERE project_id = :project")
                  .bind("project", project.value())
                  .bind("min", quota.min())
                  .bind("max", quota.max())
                  .execute();
          if (updated == 0) {
            handle
                .createUpdate(
                    "INSERT INTO consortium_training_settings"
                        + " (project_id, has_vocabulary, quota_min, quota_max)"
                        + " VALUES (:project, FALSE, :min, :max)")
                .bind("project", project.value())
                .bind("min", quota.min())
                .bind("max", quota.max())
                .execute();
          }
          return null;
        });
  }

  @Override
  public Stream<Vocabulary> stream() {
    return database
        .read(
            handle ->
                handle
                    .createQuery(
                        "SELECT project_id FROM consortium_training_settings"
                            + " WHERE has_vocabulary = TRUE ORDER BY project_id")
                    .mapTo(String.class)
                    .list()
                    .stream()
                    .map(p -> find(handle, new ProjectId(p)).orElseThrow())
                    .toList())
        .stream();
  }

  private static Optional<Vocabulary> find(Handle handle, ProjectId project) {
    boolean present =
        handle
                .createQuery(
                    "SELECT COUNT(*) FROM consortium_training_settings"
                        + " WHERE project_id = :project AND has_vocabulary = TRUE")
                .bind("project", project.value())
                .mapTo(Integer.class)
                .one()
            > 0;
    if (!present) {
      return Optional.empty();
    }
    List<NeedTopic> topics =
        handle
            .createQuery(
                "SELECT topic_id, name FROM consortium_training_topic"
                    + " WHERE project_id = :project ORDER BY item_no")
            .bind("project", project.value())
            .map(JdbcVocabularies::topic)
            .list();
    List<Sector> sectors =
        handle
            .createQuery(
                "SELECT sector_id, name, selected FROM consortium_training_sector"
                    + " WHERE project_id = :project ORDER BY item_no")
            .bind("project", project.value())
            .map(JdbcVocabularies::sector)
            .list();
    return Optional.of(new Vocabulary(project, topics, sectors));
  }

  private static List<Vocabulary> stored(Handle handle, List<String> projects) {
    return projects.stream()
        .map(p -> find(handle, new ProjectId(p)))
        .flatMap(Optional::stream)
        .toList();
  }

  private static NeedTopic topic(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws SQLException {
    return new NeedTopic(new TopicId(rs.getString("topic_id")), rs.getString("name"));
  }

  private static Sector sector(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws SQLException {
    return new Sector(
        new SectorId(rs.getString("sector_id")), rs.getString("name"), rs.getBoolean("selected"));
  }
}
