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
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.Brokers;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.training.BrokerId;
import se.westum.consortium.domain.training.CompetenceBroker;

/** The competence brokers in {@code consortium_broker}. */
final class JdbcBrokers implements Brokers {

  private static final String SELECT =
      "SELECT broker_id, project_id, partner_id, person, started_on, ended_on"
          + " FROM consortium_broker";

  private static final KeyedRecords<CompetenceBroker> TABLE =
      new KeyedRecords<>(
          b -> b.id().value(),
          (handle, chunk) ->
              handle
                  .createQuery(SELECT + " WHERE broker_id IN (<keys>)")
                  .bindList("keys", chunk.stream().map(b -> b.id().value()).toList())
                  .map(JdbcBrokers::map)
                  .list()
                  .stream()
                  .collect(Collectors.toMap(b -> b.id().value(), Function.identity())),
          "INSERT INTO consortium_broker (broker_id, project_id, partner_id, person, started_on,"
              + " ended_on) VALUES (:id, :project, :partner, :person, :started, :ended)",
          "UPDATE consortium_broker SET project_id = :project, partner_id = :partner,"
              + " person = :person, started_on = :started, ended_on = :ended"
              + " WHERE broker_id = :id",
          (batch, b) ->
              batch
                  .bind("id", b.id().value())
                  .bind("project", b.project().value())
                  .bind("partner", b.partner().value())
                  .bind("person", b.person().value())
                  .bind("started", b.started())
                  .bindByType("ended", b.ended().orElse(null), LocalDate.class),
          (batch, b) -> batch.bind("id", b.id().value()),
          List.of());

  private final Database database;

  JdbcBrokers(Database database) {
    this.database = database;
  }

  @Override
  public Optional<CompetenceBroker> find(BrokerId id) {
    return database.findOne(
        SELECT + " WHERE broker_id = :id", Map.of("id", id.value()), JdbcBrokers::map);
  }

  @Override
  public List<CompetenceBroker> ofProject(ProjectId project) {
    return database.list(
        SELECT + " WHERE project_id = :project ORDER BY broker_id",
        Map.of("project", project.value()),
        JdbcBrokers::map);
  }

  @Override
  public Saved saveAll(Collection<CompetenceBroker> records) {
    return TABLE.saveAll(database, records);
  }

  @Override
  public Stream<CompetenceBroker> stream() {
    return database.stream(SELECT + " ORDER BY broker_id", JdbcBrokers::map);
  }

  private static CompetenceBroker map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new CompetenceBroker(
        new BrokerId(rs.getString("broker_id")),
        new ProjectId(rs.getString("project_id")),
        new PartnerId(rs.getString("partner_id")),
        new PersonRef(rs.getString("person")),
        rs.getObject("started_on", LocalDate.class),
        Optional.ofNullable(rs.getObject("ended_on", LocalDate.class)));
  }
}
