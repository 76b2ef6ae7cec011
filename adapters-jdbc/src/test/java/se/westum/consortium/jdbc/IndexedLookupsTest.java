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

import static org.assertj.core.api.Assertions.assertThat;
import static se.westum.consortium.testing.ProjectFixtures.erasmus;
import static se.westum.consortium.testing.ProjectFixtures.erasmusProject;
import static se.westum.consortium.testing.ProjectFixtures.learnerToHamburg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.westum.consortium.domain.mobility.MobilityStatus;
import se.westum.consortium.testing.MemberBuilder;

/**
 * The lookups an import makes per chunk ({@code SELECT id FROM table WHERE id IN (...)} with a
 * chunk's 500 ids, as {@link RecordTable} and {@link References} run them) read the primary key's
 * index, not the table: the database's own {@code EXPLAIN} says so, on a table of {@value #ROWS}
 * rows whose statistics are fresh ({@code ANALYZE}), so the planner is honest.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IndexedLookupsTest {

  private static final int ROWS = 100_000;
  private static final int CHUNK = 500;

  // every column but the id, copied from one stored row to make many
  private static final String MOBILITY_COLUMNS =
      "project_id, participant_ref, category, sending_organisation, sending_city, sending_country,"
          + " sending_latitude, sending_latitude_scale, sending_longitude, sending_longitude_scale,"
          + " sending_member, receiving_organisation, receiving_city, receiving_country,"
          + " receiving_latitude, receiving_latitude_scale, receiving_longitude,"
          + " receiving_longitude_scale, starts_on, ends_on, travel_days, green_travel,"
          + " fewer_opportunities, course_days, status";

  private static final String MEMBER_COLUMNS = "name, kind, joined_on, left_on, version";

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void the_import_s_id_lookups_of_a_chunk_are_index_scans(Vendor vendor) throws SQLException {
    try (TestDatabase database = TestDatabase.fresh(vendor)) {
      // given many stored mobilities and members with fresh statistics
      JdbcAdapter storage = JdbcAdapter.create(database.dataSource());
      storage.programmes().save(erasmus());
      storage.projects().save(erasmusProject());
      storage
          .mobilities()
          .save(learnerToHamburg("M0", LocalDate.of(2016, 3, 1), MobilityStatus.PLANNED));
      storage.members().saveAll(List.of(MemberBuilder.aMember().numbered(1).build()));
      database.execute(
          copies(vendor, "consortium_mobility", "mobility_id", MOBILITY_COLUMNS, "'M0'"),
          copies(
              vendor,
              "consortium_member",
              "organisation_number",
              MEMBER_COLUMNS,
              "'" + MemberBuilder.organisationNumber(1).value() + "'"));
      analyze(database, "consortium_mobility", "consortium_member");

      // when a chunk of half stored, half new ids is looked up as an import does
      List<String> plans =
          List.of(
              plan(database, "consortium_mobility", "mobility_id"),
              plan(database, "consortium_member", "organisation_number"));

      // then
      for (String plan : plans) {
        switch (vendor) {
          case POSTGRESQL -> assertThat(plan).contains("Index").doesNotContain("Seq Scan");
          case MARIADB -> assertThat(plan).contains("key=PRIMARY").doesNotContain("type=ALL");
          case H2 -> assertThat(plan).containsIgnoringCase("PRIMARY_KEY");
        }
      }
    }
  }

  /** Copies the row with {@code id} {@value #ROWS} times under new ids {@code G1, G2, ...}. */
  private static String copies(
      Vendor vendor, String table, String idColumn, String columns, String id) {
    String numbers =
        switch (vendor) {
          case POSTGRESQL -> "generate_series(1, " + ROWS + ") AS n(seq)";
          case MARIADB -> "seq_1_to_" + ROWS + " AS n";
          case H2 -> "SYSTEM_RANGE(1, " + ROWS + ") AS n(seq)";
        };
    String newId = vendor == Vendor.MARIADB ? "CONCAT('G', n.seq)" : "'G' || n.seq";
    return "INSERT INTO "
        + table
        + " ("
        + idColumn
        + ", "
        + columns
        + ") SELECT "
        + newId
        + ", "
        + columns
        + " FROM "
        + table
        + " CROSS JOIN "
        + numbers
        + " WHERE "
        + idColumn
        + " = "
        + id;
  }

  private static void analyze(TestDatabase database, String... tables) {
    for (String table : tables) {
      switch (database.vendor()) {
        case POSTGRESQL -> database.execute("ANALYZE " + table);
        case MARIADB -> database.execute("ANALYZE TABLE " + table);
        case H2 -> database.execute("ANALYZE TABLE " + table);
      }
    }
  }

  /** The plan of the chunk lookup, one line per plan row, {@code column=value} on MariaDB. */
  private static String plan(TestDatabase database, String table, String idColumn)
      throws SQLException {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < CHUNK; i++) {
      ids.add(i % 2 == 0 ? "G" + (i * 37 % ROWS + 1) : "N" + i);
    }
    String sql =
        "EXPLAIN SELECT "
            + idColumn
            + " FROM "
            + table
            + " WHERE "
            + idColumn
            + " IN ("
            + String.join(", ", Collections.nCopies(CHUNK, "?"))
            + ")";
    StringBuilder plan = new StringBuilder();
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement explain = connection.prepareStatement(sql)) {
      for (int i = 0; i < CHUNK; i++) {
        explain.setString(i + 1, ids.get(i));
      }
      try (ResultSet rows = explain.executeQuery()) {
        ResultSetMetaData columns = rows.getMetaData();
        while (rows.next()) {
          for (int c = 1; c <= columns.getColumnCount(); c++) {
            String name = columns.getColumnLabel(c).toLowerCase(Locale.ROOT);
            plan.append(columns.getColumnCount() == 1 ? "" : name + "=")
                .append(rows.getString(c))
                .append(' ');
          }
          plan.append('\n');
        }
      }
    }
    return plan.toString();
  }
}
