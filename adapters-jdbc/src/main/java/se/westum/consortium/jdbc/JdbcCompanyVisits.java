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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.CompanyVisits;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.training.BrokerId;
import se.westum.consortium.domain.training.Company;
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.Need;
import se.westum.consortium.domain.training.SectorId;
import se.westum.consortium.domain.training.TopicId;
import se.westum.consortium.domain.training.VisitId;

/**
 * The company visits in {@code consortium_company_visit}, their needs in {@code
 * consortium_company_visit_need}; all visits are streamed from one join, folded as they are read.
 */
final class JdbcCompanyVisits implements CompanyVisits {

  // one row per need, or one with none
  private static final String SELECT =
      "SELECT v.visit_id, v.project_id, v.broker_id, v.visited_on, v.company_number,"
          + " v.company_name, v.sector_id, v.employees, v.advice, n.topic_id, n.priority"
          + " FROM consortium_company_visit v"
          + " LEFT JOIN consortium_company_visit_need n ON n.visit_id = v.visit_id";

  private static final String ORDER = " ORDER BY v.visit_id, n.item_no";

  private static final KeyedRecords<CompanyVisit> TABLE =
      new KeyedRecords<>(
          v -> v.id().value(),
          (handle, chunk) ->
              RowGroups.fold(
                      handle
                          .createQuery(SELECT + " WHERE v.visit_id IN (<keys>)" + ORDER)
                          .bindList("keys", chunk.stream().map(v -> v.id().value()).toList())
                          .map(JdbcCompanyVisits::map)
                          .list(),
                      Row::id,
                      JdbcCompanyVisits::visit)
                  .stream()
                  .collect(Collectors.toMap(v -> v.id().value(), Function.identity())),
          "INSERT INTO consortium_company_visit (visit_id, project_id, broker_id, visited_on,"
              + " company_number, company_name, sector_id, employees, advice)"
              + " VALUES (:id, :project, :broker, :date, :number, :name, :sector, :employees,"
              + " :advice)",
          "UPDATE consortium_company_visit SET project_id = :project, broker_id = :broker,"
              + " visited_on = :date, company_number = :number, company_name = :name,"
              + " sector_id = :sector, employees = :employees, advice = :advice"
              + " WHERE visit_id = :id",
          (batch, v) ->
              batch
                  .bind("id", v.id().value())
                  .bind("project", v.project().value())
                  .bind("broker", v.broker().value())
                  .bind("date", v.date())
                  .bind("number", v.company().number().value())
                  .bind("name", v.company().name())
                  .bind("sector", v.sector().value())
                  .bind("employees", v.employees())
                  .bindByType("advice", v.advice().orElse(null), String.class),
          (batch, v) -> batch.bind("id", v.id().value()),
          List.of(
              new KeyedRecords.Children<>(
                  "DELETE FROM consortium_company_visit_need WHERE visit_id = :id",
                  "INSERT INTO consortium_company_visit_need (visit_id, topic_id, item_no, priority)"
                      + " VALUES (:id, :topic, :item, :priority)",
                  (batch, v) -> {
                    for (int i = 0; i < v.needs().size(); i++) {
                      batch
                          .bind("id", v.id().value())
                          .bind("topic", v.needs().get(i).topic().value())
                          .bind("item", i)
                          .bind("priority", v.needs().get(i).priority())
                          .add();
                    }
                  })));

  /** One row of the join. */
  private record Row(
      String id,
      ProjectId project,
      BrokerId broker,
      LocalDate date,
      Company company,
      SectorId sector,
      int employees,
      Optional<String> advice,
      Optional<Need> need) {}

  private final Database database;

  JdbcCompanyVisits(Database database) {
    this.database = database;
  }

  @Override
  public Optional<CompanyVisit> find(VisitId id) {
    return RowGroups.fold(
            database.list(
                SELECT + " WHERE v.visit_id = :id" + ORDER,
                Map.of("id", id.value()),
                JdbcCompanyVisits::map),
            Row::id,
            JdbcCompanyVisits::visit)
        .stream()
        .findFirst();
  }

  @Override
  public Stream<CompanyVisit> ofProject(ProjectId project) {
    return RowGroups.fold(
        database.list(
            SELECT + " WHERE v.project_id = :project" + ORDER,
            Map.of("project", project.value()),
            JdbcCompanyVisits::map),
        Row::id,
        JdbcCompanyVisits::visit)
        .stream();
  }

  @Override
  public Saved saveAll(Collection<CompanyVisit> records) {
    return TABLE.saveAll(database, records);
  }

  @Override
  public Stream<CompanyVisit> stream() {
    return RowGroups.fold(
        database.stream(SELECT + ORDER, JdbcCompanyVisits::map), Row::id, JdbcCompanyVisits::visit);
  }

  private static CompanyVisit visit(List<Row> rows) {
    Row first = rows.get(0);
    List<Need> needs = new ArrayList<>();
    rows.forEach(r -> r.need().ifPresent(needs::add));
    return new CompanyVisit(
        new VisitId(first.id()),
        first.project(),
        first.broker(),
        first.date(),
        first.company(),
        first.sector(),
        first.employees(),
        first.advice(),
        needs);
  }

  private static Row map(ResultSet rs, StatementContext ctx) throws SQLException {
    String topic = rs.getString("topic_id");
    return new Row(
        rs.getString("visit_id"),
        new ProjectId(rs.getString("project_id")),
        new BrokerId(rs.getString("broker_id")),
        rs.getObject("visited_on", LocalDate.class),
        new Company(
            OrganisationNumber.parse(rs.getString("company_number")), rs.getString("company_name")),
        new SectorId(rs.getString("sector_id")),
        rs.getInt("employees"),
        Optional.ofNullable(rs.getString("advice")),
        topic == null
            ? Optional.empty()
            : Optional.of(new Need(new TopicId(topic), rs.getInt("priority"))));
  }
}
