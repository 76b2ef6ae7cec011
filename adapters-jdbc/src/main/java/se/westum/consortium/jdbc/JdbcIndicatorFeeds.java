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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.IndicatorFeeds;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.training.IndicatorFeed;
import se.westum.consortium.domain.training.RecordSource;

/** The indicators counted from records, in {@code consortium_indicator_feed}. */
final class JdbcIndicatorFeeds implements IndicatorFeeds {

  private static final String SELECT =
      "SELECT indicator_id, record_source FROM consortium_indicator_feed";

  private static final KeyedRecords<IndicatorFeed> TABLE =
      new KeyedRecords<>(
          f -> f.indicator().value(),
          (handle, chunk) ->
              handle
                  .createQuery(SELECT + " WHERE indicator_id IN (<keys>)")
                  .bindList("keys", chunk.stream().map(f -> f.indicator().value()).toList())
                  .map(JdbcIndicatorFeeds::map)
                  .list()
                  .stream()
                  .collect(Collectors.toMap(f -> f.indicator().value(), Function.identity())),
          "INSERT INTO consortium_indicator_feed (indicator_id, record_source)"
              + " VALUES (:id, :source)",
          "UPDATE consortium_indicator_feed SET record_source = :source WHERE indicator_id = :id",
          (batch, f) -> batch.bind("id", f.indicator().value()).bind("source", f.source().name()),
          (batch, f) -> batch.bind("id", f.indicator().value()),
          List.of());

  private final Database database;

  JdbcIndicatorFeeds(Database database) {
    this.database = database;
  }

  @Override
  public Optional<IndicatorFeed> find(IndicatorId indicator) {
    return database.findOne(
        SELECT + " WHERE indicator_id = :id",
        Map.of("id", indicator.value()),
        JdbcIndicatorFeeds::map);
  }

  @Override
  public List<IndicatorFeed> all() {
    return database.list(SELECT + " ORDER BY indicator_id", Map.of(), JdbcIndicatorFeeds::map);
  }

  @Override
  public Saved saveAll(Collection<IndicatorFeed> feeds) {
    return TABLE.saveAll(database, feeds);
  }

  private static IndicatorFeed map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new IndicatorFeed(
        new IndicatorId(rs.getString("indicator_id")),
        RecordSource.valueOf(rs.getString("record_source")));
  }
}
