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
package se.westum.consortium.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large import killed with SIGKILL halfway through, as a crash or an operator's {@code kill -9}
 * would end it: the database keeps no row of it, and running the import again completes it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KilledImportTest {

  /** Mobilities added to the bundled dataset: enough that the import writes for seconds. */
  private static final int ADDED_MOBILITIES = 60_000;

  private static final String SCRATCH = "consortium_killed_import_test";

  @TempDir Path directory;

  /** The mobilities the large dataset holds. */
  private int generatedMobilities;

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void an_import_killed_while_writing_to_an_h2_file_leaves_no_row_and_the_rerun_completes()
      throws Exception {
    // given
    Path dataset = largeDataset();
    String url = Cli.h2File(directory);
    Path file = directory.resolve("db.mv.db");
    long empty = emptyH2FileSize();

    // when
    try (ChildJvm importing = startImport(dataset, url)) {
      // the import parses the files first and writes afterwards; H2 writes the open transaction's
      // changes to the file as they grow, so a file well beyond an empty schema's size means the
      // import is writing
      await(() -> size(file) > empty + 4_000_000, importing);
      killWhileAlive(importing);
    }

    // then
    assertThat(rowCounts(url, "PUBLIC"))
        .as("rows left by the killed import")
        .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
    rerunCompletes(dataset, url, "PUBLIC");
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void an_import_killed_while_writing_to_postgresql_leaves_no_row_and_the_rerun_completes()
      throws Exception {
    // given
    Path dataset = largeDataset();
    try (ScratchDatabase scratch = ScratchDatabase.on(ScratchDatabase.POSTGRES, SCRATCH)) {
      String url = scratch.url();

      // when
      try (ChildJvm importing = startImport(dataset, url)) {
        // a transaction that has inserted mobilities into the scratch schema
        await(() -> writingMobilities(scratch.serverUrl()), importing);
        killWhileAlive(importing);
      }

      // then
      assertThat(rowCounts(url, SCRATCH))
          .as("rows left by the killed import")
          .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
      rerunCompletes(dataset, url, SCRATCH);
    }
  }

  private Path largeDataset() throws Exception {
    Path dataset = Datasets.westum2016(directory, "large");
    Path mobilities = dataset.resolve("mobilities.csv");
    List<String> rows = new ArrayList<>(List.of(Files.readString(mobilities, UTF_8).split("\r\n")));
    List<String> bundled = rows.subList(1, rows.size());
    List<String> added = new ArrayList<>(ADDED_MOBILITIES);
    for (int n = 0; n < ADDED_MOBILITIES; n++) {
      String[] cells = bundled.get(n % bundled.size()).split(";", -1);
      cells[0] = String.format("KILL-M%06d", n);
      cells[2] = String.format("KILL-P%06d", n);
      added.add(String.join(";", cells));
    }
    Datasets.append(dataset, "mobilities.csv", added.toArray(String[]::new));
    generatedMobilities = bundled.size() + ADDED_MOBILITIES;
    return dataset;
  }

  private static ChildJvm startImport(Path dataset, String url) throws Exception {
    return ChildJvm.start(List.of(), "import", "--data", dataset.toString(), "--db", url);
  }

  private static void await(BooleanSupplier writing, ChildJvm importing) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!writing.getAsBoolean()) {
      assertThat(importing.isAlive())
          .as("the import ended before it was seen writing:\n" + importing.output())
          .isTrue();
      assertThat(System.nanoTime()).as("the import was not seen writing in 60 s").isLessThan(end);
      Thread.sleep(20);
    }
  }

  private static void killWhileAlive(ChildJvm importing) throws Exception {
    assertThat(importing.isAlive())
        .as("the import must still run when it is killed:\n" + importing.output())
        .isTrue();
    importing.kill();
  }

  private void rerunCompletes(Path dataset, String url, String schema) throws Exception {
    try (ChildJvm rerun = startImport(dataset, url)) {
      assertThat(rerun.exitCode(Duration.ofSeconds(240))).as(rerun.output()).isZero();
    }
    assertThat(rowCounts(url, schema).get("CONSORTIUM_MOBILITY"))
        .isEqualTo((long) generatedMobilities);
    assertThat(rowCounts(url, schema).get("CONSORTIUM_MEMBER")).isPositive();
  }

  /** The size of an H2 file holding the consortium schema and no rows. */
  private long emptyH2FileSize() throws Exception {
    Path empty = Files.createDirectories(directory.resolve("empty"));
    Databases.consortium(Cli.h2File(empty)).membership();
    return size(empty.resolve("db.mv.db"));
  }

  private static long size(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  private static boolean writingMobilities(String serverUrl) {
    try (Connection connection = DriverManager.getConnection(serverUrl);
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = ? AND c.relname = 'consortium_mobility'"
                    + " AND l.mode = 'RowExclusiveLock'")) {
      query.setString(1, SCRATCH);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1) > 0;
      }
    } catch (SQLException e) {
      return false;
    }
  }

  /** Rows per consortium table (upper-case names), the migration history left out. */
  private static Map<String, Long> rowCounts(String url, String schema) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection connection = DriverManager.getConnection(url)) {
      List<String> tables = new ArrayList<>();
      try (ResultSet result =
          connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        while (result.next()) {
          String table = result.getString("TABLE_NAME");
          if (result.getString("TABLE_SCHEM").equalsIgnoreCase(schema)
              && table.toLowerCase().startsWith("consortium_")
              && !table.equalsIgnoreCase("consortium_schema_history")) {
            tables.add(table);
          }
        }
      }
      try (Statement statement = connection.createStatement()) {
        for (String table : tables) {
          try (ResultSet result =
              statement.executeQuery("SELECT count(*) FROM " + schema + "." + table)) {
            result.next();
            counts.put(table.toUpperCase(), result.getLong(1));
          }
        }
      }
    }
    return counts;
  }
}
