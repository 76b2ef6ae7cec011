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

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line on PostgreSQL and MariaDB, when their URLs are set (CI sets them and requires
 * them). Each run works in a schema or database of its own and drops it afterwards, so it touches
 * nothing else on the server.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ServerDatabasesTest {

  private static final String SCRATCH = "consortium_cli_test";

  @TempDir Path directory;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"CONSORTIUM_TEST_POSTGRES_URL", "CONSORTIUM_TEST_MARIADB_URL"})
  void import_members_and_governance_work_on_a_database_server(String variable) throws Exception {
    // given
    String serverUrl = serverUrl(variable);
    boolean postgres = serverUrl.startsWith("jdbc:postgresql:");
    String url =
        postgres
            ? serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + SCRATCH
            : serverUrl.replaceFirst("^(jdbc:mariadb://[^/?]+)/[^?]*", "$1/" + SCRATCH);
    onServer(
        serverUrl,
        postgres
            ? "DROP SCHEMA IF EXISTS " + SCRATCH + " CASCADE"
            : "DROP DATABASE IF EXISTS " + SCRATCH,
        postgres
            ? "CREATE SCHEMA " + SCRATCH
            : "CREATE DATABASE " + SCRATCH + " CHARACTER SET utf8mb4");
    try {
      // when
      Cli.Result imported =
          Cli.run(
              "import",
              "--data",
              Datasets.westum2016(directory, "westum-2016").toString(),
              "--db",
              url);
      Cli.Result members =
          Cli.run(
              "members", "--year", "2016", "--county", "14,13", "--format", "json", "--db", url);
      Cli.Result governance =
          Cli.run("governance", "--year", "2016", "--format", "json", "--db", url);

      // then
      assertThat(imported.exitCode()).as(imported.err()).isZero();
      JsonNode figures = new ObjectMapper().readTree(members.out());
      assertThat(figures.get("payingMembers").asInt()).isEqualTo(31);
      assertThat(figures.get("municipalitiesCovered").asInt()).isEqualTo(39);
      assertThat(figures.get("coverage").get("covered").asInt()).isEqualTo(39);
      assertThat(figures.get("coverage").get("total").asInt()).isEqualTo(55);
      assertThat(governance.exitCode()).as(governance.err()).isZero();
      JsonNode board = new ObjectMapper().readTree(governance.out());
      assertThat(board.get("board").get("members").asInt()).isEqualTo(8);
      assertThat(board.get("boardMeetings").asInt()).isEqualTo(7);
      assertThat(board.get("strategyDays").asInt()).isEqualTo(2);
      assertThat(board.get("decisions").asInt()).isEqualTo(26);
      assertThat(board.get("peopleAtEvents").asInt()).isEqualTo(32);
      assertThat(board.get("events").findValuesAsText("place"))
          .contains("Billinge hus, Skövde", "Kraków");
    } finally {
      onServer(
          serverUrl,
          postgres
              ? "DROP SCHEMA IF EXISTS " + SCRATCH + " CASCADE"
              : "DROP DATABASE IF EXISTS " + SCRATCH);
    }
  }

  private static String serverUrl(String variable) {
    String url = System.getenv(variable);
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CONSORTIUM_TEST_REQUIRE_DATABASES"))) {
        fail(variable + " is not set, but CONSORTIUM_TEST_REQUIRE_DATABASES=true");
      }
      assumeTrue(false, variable + " is not set");
    }
    return url;
  }

  private static void onServer(String url, String... statements) throws Exception {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }
}
