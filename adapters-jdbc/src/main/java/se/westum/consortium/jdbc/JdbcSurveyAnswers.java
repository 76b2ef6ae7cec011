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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.port.out.SurveyAnswers;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.training.Need;
import se.westum.consortium.domain.training.SectorId;
import se.westum.consortium.domain.training.SurveyAnswer;
import se.westum.consortium.domain.training.SurveyAnswerId;
import se.westum.consortium.domain.training.TopicId;

/**
 * The survey answers in {@code consortium_survey_answer}, keyed by project and answer id, their
 * needs in {@code consortium_survey_answer_need}.
 */
final class JdbcSurveyAnswers implements SurveyAnswers {

  // one row per need, or one with none
  private static final String SELECT =
      "SELECT a.project_id, a.answer_id, a.answered_on, a.company_number, a.sector_id,"
          + " a.employees, n.topic_id, n.priority"
          + " FROM consortium_survey_answer a"
          + " LEFT JOIN consortium_survey_answer_need n"
          + " ON n.project_id = a.project_id AND n.answer_id = a.answer_id";

  private static final String ORDER = " ORDER BY a.project_id, a.answer_id, n.item_no";

  private static final KeyedRecords<SurveyAnswer> TABLE =
      new KeyedRecords<>(
          JdbcSurveyAnswers::key,
          (handle, chunk) -> {
            Map<String, SurveyAnswer> stored = new HashMap<>();
            Map<ProjectId, List<String>> byProject =
                chunk.stream()
                    .collect(
                        Collectors.groupingBy(
                            SurveyAnswer::project,
                            Collectors.mapping(a -> a.id().value(), Collectors.toList())));
            byProject.forEach(
                (project, ids) ->
                    RowGroups.fold(
                            handle
                                .createQuery(
                                    SELECT
                                        + " WHERE a.project_id = :project AND a.answer_id IN"
                                        + " (<keys>)"
                                        + ORDER)
                                .bind("project", project.value())
                                .bindList("keys", ids)
                                .map(JdbcSurveyAnswers::map)
                                .list(),
                            Row::key,
                            JdbcSurveyAnswers::answer)
                        .forEach(a -> stored.put(key(a), a)));
            return stored;
          },
          "INSERT INTO consortium_survey_answer (project_id, answer_id, answered_on,"
              + " company_number, sector_id, employees)"
              + " VALUES (:project, :id, :date, :number, :sector, :employees)",
          "UPDATE consortium_survey_answer SET answered_on = :date, company_number = :number,"
              + " sector_id = :sector, employees = :employees"
              + " WHERE project_id = :project AND answer_id = :id",
          (batch, a) ->
              batch
                  .bind("project", a.project().value())
                  .bind("id", a.id().value())
                  .bind("date", a.date())
                  .bind("number", a.company().value())
                  .bind("sector", a.sector().value())
                  .bind("employees", a.employees()),
          (batch, a) -> batch.bind("project", a.project().value()).bind("id", a.id().value()),
          List.of(
              new KeyedRecords.Children<>(
                  "DELETE FROM consortium_survey_answer_need"
                      + " WHERE project_id = :project AND answer_id = :id",
                  "INSERT INTO consortium_survey_answer_need (project_id, answer_id, topic_id,"
                      + " item_no, priority) VALUES (:project, :id, :topic, :item, :priority)",
                  (batch, a) -> {
                    for (int i = 0; i < a.needs().size(); i++) {
                      batch
                          .bind("project", a.project().value())
                          .bind("id", a.id().value())
                          .bind("topic", a.needs().get(i).topic().value())
                          .bind("item", i)
                          .bind("priority", a.needs().get(i).priority())
                          .add();
                    }
                  })));

  /** One row of the join. */
  private record Row(
      ProjectId project,
      SurveyAnswerId id,
      LocalDate date,
      OrganisationNumber company,
      SectorId sector,
      int employees,
      Optional<Need> need) {
    String key() {
      return project.value() + "/" + id.value();
    }
  }

  private final Database database;

  JdbcSurveyAnswers(Database database) {
    this.database = database;
  }

  @Override
  public Optional<SurveyAnswer> find(SurveyAnswerId id) {
    return RowGroups.fold(
            database.list(
                SELECT + " WHERE a.answer_id = :id" + ORDER,
                Map.of("id", id.value()),
                JdbcSurveyAnswers::map),
            Row::key,
            JdbcSurveyAnswers::answer)
        .stream()
        .findFirst();
  }

  @Override
  public Stream<SurveyAnswer> ofProject(ProjectId project) {
    return RowGroups.fold(
        database.list(
            SELECT + " WHERE a.project_id = :project" + ORDER,
            Map.of("project", project.value()),
            JdbcSurveyAnswers::map),
        Row::key,
        JdbcSurveyAnswers::answer)
        .stream();
  }

  @Override
  public Saved saveAll(Collection<SurveyAnswer> records) {
    return TABLE.saveAll(database, records);
  }

  @Override
  public Stream<SurveyAnswer> stream() {
    return RowGroups.fold(
        database.stream(SELECT + ORDER, JdbcSurveyAnswers::map),
        Row::key,
        JdbcSurveyAnswers::answer);
  }

  private static String key(SurveyAnswer answer) {
    return answer.project().value() + "/" + answer.id().value();
  }

  private static SurveyAnswer answer(List<Row> rows) {
    Row first = rows.get(0);
    List<Need> needs = new ArrayList<>();
    rows.forEach(r -> r.need().ifPresent(needs::add));
    return new SurveyAnswer(
        first.id(),
        first.project(),
        first.date(),
        first.company(),
        first.sector(),
        first.employees(),
        needs);
  }

  private static Row map(ResultSet rs, StatementContext ctx) throws SQLException {
    String topic = rs.getString("topic_id");
    return new Row(
        new ProjectId(rs.getString("project_id")),
        new SurveyAnswerId(rs.getString("answer_id")),
        rs.getObject("answered_on", LocalDate.class),
        OrganisationNumber.parse(rs.getString("company_number")),
        new SectorId(rs.getString("sector_id")),
        rs.getInt("employees"),
        topic == null
            ? Optional.empty()
            : Optional.of(new Need(new TopicId(topic), rs.getInt("priority"))));
  }
}
