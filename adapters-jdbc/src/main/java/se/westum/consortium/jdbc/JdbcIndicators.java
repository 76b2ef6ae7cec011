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

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.Indicators;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.project.Measurement;
import se.westum.consortium.domain.project.ProjectId;

/**
 * Indicators in {@code consortium_indicator}, their measurements in {@code
 * consortium_indicator_measurement}. Values are DECIMAL(19,4) with the scale they were given in.
 */
final class JdbcIndicators implements Indicators {

  /** The value columns' digits in all and after the point. */
  private static final int PRECISION = 19;

  private static final int SCALE = 4;

  // one row per measurement, or one with none
  private static final String SELECT =
      "SELECT i.indicator_id, i.project_id, i.name, i.unit, i.baseline, i.baseline_scale,"
          + " i.target, i.target_scale, m.measured_on, m.measured_value, m.value_scale"
          + " FROM consortium_indicator i"
          + " LEFT JOIN consortium_indicator_measurement m ON m.indicator_id = i.indicator_id";

  private static final String ORDER = " ORDER BY i.indicator_id, m.measured_on";

  private static final RecordTable<Indicator> TABLE =
      new RecordTable<Indicator>(
              "consortium_indicator",
              "indicator_id",
              indicator -> indicator.id().value(),
              "INSERT INTO consortium_indicator (indicator_id, project_id, name, unit, baseline,"
                  + " baseline_scale, target, target_scale)"
                  + " VALUES (:id, :project, :name, :unit, :baseline, :baselineScale, :target,"
                  + " :targetScale)",
              "UPDATE consortium_indicator SET project_id = :project, name = :name, unit = :unit,"
                  + " baseline = :baseline, baseline_scale = :baselineScale, target = :target,"
                  + " target_scale = :targetScale WHERE indicator_id = :id",
              (batch, indicator) ->
                  batch
                      .bind("project", indicator.project().value())
                      .bind("name", indicator.name())
                      .bind("unit", indicator.unit())
                      .bind("baseline", indicator.baseline())
                      .bind("baselineScale", indicator.baseline().scale())
                      .bind("target", indicator.target())
                      .bind("targetScale", indicator.target().scale()),
              List.of(
                  new RecordTable.Children<>(
                      "consortium_indicator_measurement",
                      "INSERT INTO consortium_indicator_measurement"
                          + " (indicator_id, measured_on, measured_value, value_scale)"
                          + " VALUES (:id, :date, :value, :scale)",
                      (batch, indicator) ->
                          indicator
                              .measurements()
                              .forEach(
                                  measurement ->
                                      batch
                                          .bind("id", indicator.id().value())
                                          .bind("date", measurement.date())
                                          .bind("value", measurement.value())
                                          .bind("scale", measurement.value().scale())
                                          .add()))))
          .referring(
              "consortium_project",
              "project_id",
              "project",
              indicator -> Stream.of(indicator.project().value()))
          .comparing(JdbcIndicators::stored);

  /** One row of the join. */
  private record Row(
      IndicatorId id,
      ProjectId project,
      String name,
      String unit,
      BigDecimal baseline,
      BigDecimal target,
      Optional<Measurement> measurement) {}

  private static final RowMapper<Row> MAPPER = JdbcIndicators::map;

  private final Database database;

  JdbcIndicators(Database database) {
    this.database = database;
  }

  @Override
  public Optional<Indicator> find(IndicatorId id) {
    List<Row> rows =
        database.list(
            SELECT + " WHERE i.indicator_id = :id" + ORDER, Map.of("id", id.value()), MAPPER);
    return RowGroups.fold(rows, Row::id, JdbcIndicators::indicator).stream().findFirst();
  }

  @Override
  public List<Indicator> ofProject(ProjectId project) {
    List<Row> rows =
        database.list(
            SELECT + " WHERE i.project_id = :project" + ORDER,
            Map.of("project", project.value()),
            MAPPER);
    return RowGroups.fold(rows, Row::id, JdbcIndicators::indicator);
  }

  @Override
  public void save(Indicator indicator) {
    saveAll(List.of(indicator));
  }

  @Override
  public Saved saveAll(Collection<Indicator> indicators) {
    for (Indicator indicator : indicators) {
      Decimals.requireFits("baseline", indicator.baseline(), PRECISION, SCALE);
      Decimals.requireFits("target", indicator.target(), PRECISION, SCALE);
      indicator
          .measurements()
          .forEach(m -> Decimals.requireFits("value", m.value(), PRECISION, SCALE));
    }
    return TABLE.saveAll(database, indicators);
  }

  private static Indicator indicator(List<Row> rows) {
    Row first = rows.get(0);
    List<Measurement> measurements = new ArrayList<>();
    rows.forEach(row -> row.measurement().ifPresent(measurements::add));
    return new Indicator(
        first.id(),
        first.project(),
        first.name(),
        first.unit(),
        first.baseline(),
        first.target(),
        measurements);
  }

  private static Row map(ResultSet rs, StatementContext context) throws SQLException {
    LocalDate measured = rs.getObject("measured_on", LocalDate.class);
    return new Row(
        new IndicatorId(rs.getString("indicator_id")),
        new ProjectId(rs.getString("project_id")),
        rs.getString("name"),
        rs.getString("unit"),
        Decimals.read(rs, "baseline", "baseline_scale"),
        Decimals.read(rs, "target", "target_scale"),
        measured == null
            ? Optional.empty()
            : Optional.of(
                new Measurement(measured, Decimals.read(rs, "measured_value", "value_scale"))));
  }

  /** The stored indicators of some ids, with their measurements, to compare a save with. */
  private static List<Indicator> stored(Handle handle, List<String> ids) {
    List<Row> rows =
        handle
            .createQuery(SELECT + " WHERE i.indicator_id IN (<ids>)" + ORDER)
            .bindList("ids", ids)
            .map(MAPPER)
            .list();
    return RowGroups.fold(rows, Row::id, JdbcIndicators::indicator);
  }
}
