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

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the command line says when a database, a dataset or an option value is not right. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DiagnosticsTest {

  @TempDir Path directory;

  // ---- databases

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void a_port_nobody_listens_on_is_named_as_a_refused_connection(String kind) throws Exception {
    // given
    int port = unusedPort();

    // when
    Cli.Result result =
        Cli.run(
            "members", "--year", "2016", "--db", "jdbc:" + kind + "://127.0.0.1:" + port + "/x");

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines()).singleElement();
    assertThat(result.err()).contains("connection refused at 127.0.0.1:" + port);
  }

  @ParameterizedTest
  @ValueSource(strings = {"CONSORTIUM_TEST_POSTGRES_URL", "CONSORTIUM_TEST_MARIADB_URL"})
  void a_database_that_does_not_exist_is_named(String variable) {
    // given the server of the test database, and a database name nobody created
    String url = serverUrl(variable).replaceFirst("^(jdbc:\\w+://[^/?]+)/[^?]*", "$1/no_such_db_8");

    // when
    Cli.Result result = Cli.run("members", "--year", "2016", "--db", url);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines()).singleElement();
    assertThat(result.err())
        .contains("database \"no_such_db_8\" does not exist")
        .doesNotContainIgnoringCase("select")
        .doesNotContainIgnoringCase("create table");
  }

  @Test
  void a_password_in_a_url_parameter_is_masked_when_the_url_is_printed() throws Exception {
    // when
    Cli.Result result =
        Cli.run(
            "members",
            "--year",
            "2016",
            "--db",
            "jdbc:mariadb://127.0.0.1:" + unusedPort() + "/x?user=root&password=s3cret");

    // then
    assertThat(result.err()).contains("password=***").doesNotContain("s3cret");
  }

  @Test
  void a_password_in_the_user_info_of_a_url_is_masked_when_the_url_is_printed() throws Exception {
    // when
    Cli.Result result =
        Cli.run(
            "members",
            "--year",
            "2016",
            "--db",
            "jdbc:postgresql://postgres:s3cret@127.0.0.1:" + unusedPort() + "/x");

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("postgres:***@").doesNotContain("s3cret");
  }

  @Test
  void an_in_memory_h2_database_can_be_imported_into() throws Exception {
    // when
    Cli.Result result =
        Cli.run(
            "import",
            "--data",
            Datasets.westum2016(directory, "westum-2016").toString(),
            "--db",
            "jdbc:h2:mem:x");

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("34 members (34 new");
  }

  @Test
  void a_read_of_a_database_that_does_not_exist_yet_says_it_is_empty_and_creates_none()
      throws Exception {
    // given
    String url = Cli.h2File(directory);

    // when
    Cli.Result result = Cli.run("members", "--year", "2016", "--db", url);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("is empty")
        .contains("run `consortium import --data DIR` first")
        .doesNotContain("Paying members");
    assertThat(h2Files()).isEmpty();
  }

  // ---- datasets

  @Test
  void a_dataset_in_the_other_dialect_gets_one_hint() throws Exception {
    // given the bundled (excel-sv) dataset
    Path data = Datasets.westum2016(directory, "westum-2016");

    // when read as rfc4180
    Cli.Result result =
        Cli.run(
            "import",
            "--data",
            data.toString(),
            "--dialect",
            "rfc4180",
            "--db",
            Cli.h2File(directory));

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines())
        .containsExactly(
            "members.csv:1:0: no known header in members.csv; is it excel-sv? try --dialect"
                + " excel-sv",
            "error: invalid-csv: 1 problem(s) in the dataset; nothing was imported");
  }

  // ---- option values

  @Test
  void a_date_that_is_no_date_is_explained_in_words_without_the_help_page() {
    // when
    Cli.Result result =
        Cli.run("budget", "--project", "EPLUS-2015", "--at", "2016-13-31", "--db", "jdbc:h2:mem:y");

    // then
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines())
        .containsExactly(
            "--at 2016-13-31: not a date (yyyy-MM-dd)",
            "Try 'consortium budget --help' for the options.");
  }

  @Test
  void a_year_that_is_no_number_is_explained_in_words() {
    // when
    Cli.Result result = Cli.run("members", "--year", "20x6");

    // then
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("--year 20x6: not a whole number")
        .doesNotContain("java.")
        .doesNotContain("Usage:");
  }

  // ---- start-up

  @Test
  void travel_grant_opens_no_database_even_when_told_of_one() throws Exception {
    // when
    Cli.Result unreachable =
        Cli.run(
            "travel-grant",
            "--call-year",
            "2022",
            "--from",
            "57.7089,11.9746",
            "--to",
            "41.3874,2.1686",
            "--db",
            "jdbc:postgresql://127.0.0.1:" + unusedPort() + "/x");
    Cli.Result file =
        Cli.run(
            "travel-grant",
            "--call-year",
            "2022",
            "--from",
            "57.7089,11.9746",
            "--to",
            "41.3874,2.1686",
            "--db",
            Cli.h2File(directory));

    // then
    assertThat(unreachable.exitCode()).as(unreachable.err()).isZero();
    assertThat(unreachable.out()).contains("Amount:", "275.00");
    assertThat(file.exitCode()).as(file.err()).isZero();
    assertThat(h2Files()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "--version"})
  void help_and_version_open_no_database(String option) throws Exception {
    // when
    Cli.Result unreachable =
        Cli.run("members", option, "--db", "jdbc:postgresql://127.0.0.1:" + unusedPort() + "/x");
    Cli.Result file = Cli.run("members", option, "--db", Cli.h2File(directory));

    // then
    assertThat(unreachable.exitCode()).as(unreachable.err()).isZero();
    assertThat(unreachable.out()).isNotBlank();
    assertThat(unreachable.err()).isEmpty();
    assertThat(file.exitCode()).isZero();
    assertThat(h2Files()).isEmpty();
  }

  private java.util.List<Path> h2Files() throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(path -> path.toString().endsWith(".mv.db")).toList();
    }
  }

  private static int unusedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
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
}
