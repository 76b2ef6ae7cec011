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
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.port.out.Trainings;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.training.DeliveryMode;
import se.westum.consortium.domain.training.ParticipantCount;
import se.westum.consortium.domain.training.SectorId;
import se.westum.consortium.domain.training.SizeClass;
import se.westum.consortium.domain.training.TopicId;
import se.westum.consortium.domain.training.Training;
import se.westum.consortium.domain.training.TrainingId;
import se.westum.consortium.domain.training.TrainingKind;
import se.westum.consortium.domain.training.TrainingPlan;
import se.westum.consortium.domain.training.TrainingStatus;

/**
 * The trainings in {@code consortium_training}, in their states, their participants in {@code
 * consortium_training_participant}. A plan's sets are stored as ids joined by {@code |}.
 */
final class JdbcTrainings implements Trainings {

  private static final String SEPARATOR = "|";

  // one row per participant line, or one with none
  private static final String SELECT =
      "SELECT t.training_id, t.project_id, t.title, t.kind, t.topics, t.target_sectors,"
          + " t.target_sizes, t.partner_id, t.delivery_mode, t.transnational, t.open_to,"
          + " t.planned_on, t.status, t.decision_meeting, t.decision_paragraph, t.delivered_on,"
          + " t.score, t.evaluation_comment, t.goal_id, p.organisation, p.country, p.participants"
          + " FROM consortium_training t"
          + " LEFT JOIN consortium_training_participant p ON p.training_id = t.training_id";

  private static final String ORDER = " ORDER BY t.training_id, p.item_no";

  private static final KeyedRecords<Training> TABLE =
      new KeyedRecords<>(
          t -> t.id().value(),
          (handle, chunk) ->
              RowGroups.fold(
                      handle
                          .createQuery(SELECT + " WHERE t.training_id IN (<keys>)" + ORDER)
                          .bindList("keys", chunk.stream().map(t -> t.id().value()).toList())
                          .map(JdbcTrainings::map)
                          .list(),
                      Row::id,
                      JdbcTrainings::training)
                  .stream()
                  .collect(Collectors.toMap(t -> t.id().value(), Function.identity())),
          "INSERT INTO consortium_training (training_id, project_id, title, kind, topics,"
              + " target_sectors, target_sizes, partner_id, delivery_mode, transnational, open_to,"
              + " planned_on, status, decision_meeting, decision_paragraph, delivered_on, score,"
              + " evaluation_comment, goal_id) VALUES (:id, :project, :title, :kind, :topics,"
              + " :sectors, :sizes, :partner, :mode, :transnational, :openTo, :planned, :status,"
              + " :meeting, :paragraph, :delivered, :score, :comment, :goal)",
          "UPDATE consortium_training SET project_id = :project, title = :title, kind = :kind,"
              + " topics = :topics, target_sectors = :sectors, target_sizes = :sizes,"
              + " partner_id = :partner, delivery_mode = :mode, transnational = :transnational,"
              + " open_to = :openTo, planned_on = :planned, status = :status,"
              + " decision_meeting = :meeting, decision_paragraph = :paragraph,"
              + " delivered_on = :delivered, score = :score, evaluation_comment = :comment,"
              + " goal_id = :goal WHERE training_id = :id",
          (batch, t) -> {
            TrainingPlan plan = t.plan();
            Training.Evaluated evaluated = t instanceof Training.Evaluated e ? e : null;
            batch
                .bind("id", plan.id().value())
                .bind("project", plan.project().value())
                .bind("title", plan.title())
                .bind("kind", plan.kind().name())
                .bind("topics", joined(plan.topics().stream().map(TopicId::value)))
                .bind("sectors", joined(plan.targetSectors().stream().map(SectorId::value)))
                .bind("sizes", joined(plan.targetSizes().stream().sorted().map(SizeClass::name)))
                .bind("partner", plan.partner().value())
                .bind("mode", plan.mode().name())
                .bind("transnational", plan.transnational())
                .bind("openTo", joined(plan.openTo().stream()))
                .bind("planned", plan.plannedOn())
                .bind("status", t.status().name())
                .bindByType(
                    "meeting",
                    t.decision().map(d -> d.meeting().value()).orElse(null),
                    String.class)
                .bindByType(
                    "paragraph",
                    t.decision().map(DecisionId::paragraph).orElse(null),
                    Integer.class)
                .bindByType("delivered", t.deliveredOn().orElse(null), LocalDate.class)
                .bindByType("score", evaluated == null ? null : evaluated.score(), Integer.class)
                .bindByType(
                    "comment",
                    evaluated == null ? null : evaluated.comment().orElse(null),
                    String.class)
                .bindByType("goal", plan.goal().map(GoalId::value).orElse(null), String.class);
          },
          (batch, t) -> batch.bind("id", t.id().value()),
          List.of(
              new KeyedRecords.Children<>(
                  "DELETE FROM consortium_training_participant WHERE training_id = :id",
                  "INSERT INTO consortium_training_participant (training_id, organisation,"
                      + " country, item_no, participants)"
                      + " VALUES (:id, :organisation, :country, :item, :count)",
                  (batch, t) -> {
                    List<ParticipantCount> lines = t.participants();
                    for (int i = 0; i < lines.size(); i++) {
                      batch
                          .bind("id", t.id().value())
                          .bind("organisation", lines.get(i).organisation())
                          .bind("country", lines.get(i).country())
                          .bind("item", i)
                          .bind("count", lines.get(i).count())
                          .add();
                    }
                  })));

  /** One row of the join. */
  private record Row(
      String id,
      TrainingPlan plan,
      TrainingStatus status,
      Optional<DecisionId> decision,
      Optional<LocalDate> deliveredOn,
      Optional<Integer> score,
      Optional<String> comment,
      Optional<ParticipantCount> participants) {}

  private final Database database;

  JdbcTrainings(Database database) {
    this.database = database;
  }

  @Override
  public Optional<Training> find(TrainingId id) {
    return RowGroups.fold(
            database.list(
                SELECT + " WHERE t.training_id = :id" + ORDER,
                Map.of("id", id.value()),
                JdbcTrainings::map),
            Row::id,
            JdbcTrainings::training)
        .stream()
        .findFirst();
  }

  @Override
  public List<Training> ofProject(ProjectId project) {
    return RowGroups.fold(
        database.list(
            SELECT + " WHERE t.project_id = :project" + ORDER,
            Map.of("project", project.value()),
            JdbcTrainings::map),
        Row::id,
        JdbcTrainings::training);
  }

  @Override
  public Saved saveAll(Collection<Training> records) {
    return TABLE.saveAll(database, records);
  }

  @Override
  public Stream<Training> stream() {
    return RowGroups.fold(
        database.stream(SELECT + ORDER, JdbcTrainings::map), Row::id, JdbcTrainings::training);
  }

  private static String joined(Stream<String> values) {
    return values.collect(Collectors.joining(SEPARATOR));
  }

  private static <T> TreeSet<T> split(String cell, Function<String, T> parse) {
    TreeSet<T> values = new TreeSet<>();
    if (cell != null && !cell.isEmpty()) {
      Arrays.stream(cell.split("\\|")).map(parse).forEach(values::add);
    }
    return values;
  }

  private static Training training(List<Row> rows) {
    Row first = rows.get(0);
    List<ParticipantCount> participants = new ArrayList<>();
    rows.forEach(r -> r.participants().ifPresent(participants::add));
    return Training.of(
        first.plan(),
        first.status(),
        first.decision(),
        first.deliveredOn(),
        participants,
        first.score(),
        first.comment());
  }

  private static Row map(ResultSet rs, StatementContext ctx) throws SQLException {
    Set<SizeClass> sizes = EnumSet.noneOf(SizeClass.class);
    sizes.addAll(split(rs.getString("target_sizes"), SizeClass::valueOf));
    TrainingPlan plan =
        new TrainingPlan(
            new TrainingId(rs.getString("training_id")),
            new ProjectId(rs.getString("project_id")),
            rs.getString("title"),
            TrainingKind.valueOf(rs.getString("kind")),
            split(rs.getString("topics"), TopicId::new),
            split(rs.getString("target_sectors"), SectorId::new),
            sizes,
            new PartnerId(rs.getString("partner_id")),
            DeliveryMode.valueOf(rs.getString("delivery_mode")),
            rs.getBoolean("transnational"),
            split(rs.getString("open_to"), c -> c),
            rs.getObject("planned_on", LocalDate.class),
            Optional.ofNullable(rs.getString("goal_id")).map(GoalId::new));
    int score = rs.getInt("score");
    Optional<Integer> scored = rs.wasNull() ? Optional.empty() : Optional.of(score);
    String organisation = rs.getString("organisation");
    return new Row(
        plan.id().value(),
        plan,
        TrainingStatus.valueOf(rs.getString("status")),
        JdbcFocusAreas.decision(rs),
        Optional.ofNullable(rs.getObject("delivered_on", LocalDate.class)),
        scored,
        Optional.ofNullable(rs.getString("evaluation_comment")),
        organisation == null
            ? Optional.empty()
            : Optional.of(
                new ParticipantCount(
                    organisation, rs.getString("country"), rs.getInt("participants"))));
  }
}
