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
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.MobilityGrants;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.mobility.CategoryGrant;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.Percentage;

/**
 * Mobility grants in {@code consortium_mobility_grant}, their places, budgets and daily rates per
 * participant category in {@code consortium_mobility_grant_category}. Amounts are EUR, as the core
 * requires of a grant.
 */
final class JdbcMobilityGrants implements MobilityGrants {

  /** The receiving-country groups a daily rate may be configured for, one column each. */
  private static final int COUNTRY_GROUPS = 3;

  // one row per category; a grant has at least one
  private static final String SELECT =
      "SELECT g.project_id, g.call_year, g.target_percent, c.line_no, c.category, c.places,"
          + " c.budget, c.rate_group_1, c.rate_group_2, c.rate_group_3"
          + " FROM consortium_mobility_grant g"
          + " LEFT JOIN consortium_mobility_grant_category c ON c.project_id = g.project_id";

  private static final String ORDER = " ORDER BY g.project_id, c.line_no";

  private static final RecordTable<MobilityGrant> TABLE =
      new RecordTable<MobilityGrant>(
              "consortium_mobility_grant",
              "project_id",
              grant -> grant.project().value(),
              "INSERT INTO consortium_mobility_grant (project_id, call_year, target_percent)"
                  + " VALUES (:id, :callYear, :target)",
              "UPDATE consortium_mobility_grant SET call_year = :callYear, target_percent = :target"
                  + " WHERE project_id = :id",
              (batch, grant) ->
                  batch
                      .bind("callYear", grant.callYear().getValue())
                      .bind("target", grant.target().value()),
              List.of(
                  new RecordTable.Children<>(
                      "consortium_mobility_grant_category",
                      "INSERT INTO consortium_mobility_grant_category (project_id, line_no, category,"
                          + " places, budget, rate_group_1, rate_group_2, rate_group_3)"
                          + " VALUES (:id, :line, :category, :places, :budget, :rate1, :rate2,"
                          + " :rate3)",
                      (batch, grant) -> {
                        for (int i = 0; i < grant.categories().size(); i++) {
                          CategoryGrant category = grant.categories().get(i);
                          batch
                              .bind("id", grant.project().value())
                              .bind("line", i + 1)
                              .bind("category", category.category().name())
                              .bind("places", category.places())
                              .bind("budget", category.budget().amount());
                          for (int group = 1; group <= COUNTRY_GROUPS; group++) {
                            Money rate = category.dailyRates().get(group);
                            batch.bindByType(
                                "rate" + group,
                                rate == null ? null : rate.amount(),
                                BigDecimal.class);
                          }
                          batch.add();
                        }
                      })))
          .referring(
              "consortium_project",
              "project_id",
              "project",
              grant -> Stream.of(grant.project().value()))
          .comparing(JdbcMobilityGrants::stored);

  /** One row of the join. */
  private record Row(
      ProjectId project, Year callYear, Percentage target, Optional<CategoryGrant> category) {}

  private static final RowMapper<Row> MAPPER = JdbcMobilityGrants::map;

  private final Database database;

  JdbcMobilityGrants(Database database) {
    this.database = database;
  }

  @Override
  public Optional<MobilityGrant> find(ProjectId project) {
    List<Row> rows =
        database.list(
            SELECT + " WHERE g.project_id = :id" + ORDER, Map.of("id", project.value()), MAPPER);
    return RowGroups.fold(rows, Row::project, JdbcMobilityGrants::grant).stream().findFirst();
  }

  @Override
  public List<MobilityGrant> all() {
    List<Row> rows = database.read(handle -> handle.createQuery(SELECT + ORDER).map(MAPPER).list());
    return RowGroups.fold(rows, Row::project, JdbcMobilityGrants::grant);
  }

  @Override
  public void save(MobilityGrant grant) {
    saveAll(List.of(grant));
  }

  @Override
  public Saved saveAll(Collection<MobilityGrant> grants) {
    if (grants.isEmpty()) {
      return Saved.NONE;
    }
    return database.write(
        handle -> {
          Saved saved = TABLE.saveAll(handle, grants);
          // after the rows exist: a new grant gets a revision no earlier data had
          BudgetRevisions.replace(handle, grants.stream().map(g -> g.project().value()).toList());
          return saved;
        });
  }

  @Override
  public OptionalLong revision(ProjectId project) {
    return BudgetRevisions.of(database, project.value());
  }

  private static MobilityGrant grant(List<Row> rows) {
    Row first = rows.get(0);
    List<CategoryGrant> categories = new ArrayList<>();
    rows.forEach(row -> row.category().ifPresent(categories::add));
    return new MobilityGrant(first.project(), first.callYear(), categories, first.target());
  }

  private static Row map(ResultSet rs, StatementContext context) throws SQLException {
    String category = rs.getString("category");
    Optional<CategoryGrant> categoryGrant = Optional.empty();
    if (category != null) {
      Map<Integer, Money> rates = new HashMap<>();
      for (int group = 1; group <= COUNTRY_GROUPS; group++) {
        BigDecimal rate = rs.getBigDecimal("rate_group_" + group);
        if (rate != null) {
          rates.put(group, Money.of(rate, "EUR"));
        }
      }
      categoryGrant =
          Optional.of(
              new CategoryGrant(
                  ParticipantCategory.valueOf(category),
                  rs.getInt("places"),
                  Money.of(rs.getBigDecimal("budget"), "EUR"),
                  rates));
    }
    return new Row(
        new ProjectId(rs.getString("project_id")),
        Year.of(rs.getInt("call_year")),
        new Percentage(rs.getBigDecimal("target_percent")),
        categoryGrant);
  }

  /** The stored grants of some projects, with their categories, to compare a save with. */
  private static List<MobilityGrant> stored(Handle handle, List<String> ids) {
    List<Row> rows =
        handle
            .createQuery(SELECT + " WHERE g.project_id IN (<ids>)" + ORDER)
            .bindList("ids", ids)
            .map(MAPPER)
            .list();
    return RowGroups.fold(rows, Row::project, JdbcMobilityGrants::grant);
  }
}
