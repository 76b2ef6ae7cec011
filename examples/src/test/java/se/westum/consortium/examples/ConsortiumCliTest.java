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

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConsortiumCliTest {

  @TempDir Path directory;

  @Test
  void help_lists_every_command_and_exits_with_0() {
    // when
    Cli.Result result = Cli.run("--help");

    // then
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("Usage: consortium")
        .contains("demo", "import", "export", "members", "governance", "serve")
        .contains("Exit codes:");
  }

  @Test
  void help_of_a_command_shows_its_options() {
    // when
    Cli.Result result = Cli.run("import", "--help");

    // then
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("--data=DIR", "--dialect=DIALECT", "--db=JDBC_URL");
    assertThat(result.out()).contains("rfc4180", "excel-sv");
  }

  @Test
  void help_of_the_governance_command_shows_its_options() {
    // when
    Cli.Result result = Cli.run("governance", "--help");

    // then
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("--year=YEAR", "--format=FORMAT", "--db=JDBC_URL");
  }

  @Test
  void the_governance_command_needs_a_year() {
    // when
    Cli.Result result = Cli.run("governance");

    // then
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Missing required option: '--year=YEAR'");
  }

  @Test
  void version_names_the_project_version() {
    // when
    Cli.Result result = Cli.run("--version");

    // then
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("consortium 0.1.0-SNAPSHOT");
  }

  @Test
  void no_command_is_a_usage_error() {
    // when
    Cli.Result result = Cli.run();

    // then
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Missing command").contains("Usage: consortium");
  }

  @Test
  void an_unknown_option_is_a_usage_error() {
    // when
    Cli.Result result = Cli.run("members", "--year", "2016", "--colour");

    // then
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown option: '--colour'");
  }

  @Test
  void a_missing_required_option_is_a_usage_error() {
    // when
    Cli.Result result = Cli.run("import");

    // then
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Missing required option: '--data=DIR'");
  }

  @Test
  void an_unknown_dialect_is_a_usage_error_naming_the_dialects() {
    // when
    Cli.Result result = Cli.run("import", "--data", directory.toString(), "--dialect", "tsv");

    // then
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown CSV dialect 'tsv'").contains("rfc4180, excel-sv");
  }

  @ParameterizedTest
  @ValueSource(strings = {"members", "governance"})
  void an_unknown_format_is_a_usage_error(String command) {
    // when
    Cli.Result result = Cli.run(command, "--year", "2016", "--format", "xml");

    // then
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown format 'xml'");
  }

  @Test
  void an_unsupported_database_url_is_a_usage_error_without_its_password() {
    // when
    Cli.Result result =
        Cli.run("members", "--year", "2016", "--db", "jdbc:oracle:thin:@db;password=secret");

    // then
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("unsupported database URL")
        .contains("jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:")
        .doesNotContain("secret");
  }

  @Test
  void an_unreachable_database_is_one_line_on_stderr_without_a_stack_trace() {
    // given nothing listens on port 1
    String url = "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2";

    // when
    Cli.Result result = Cli.run("members", "--year", "2016", "--db", url);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).startsWith("error: ").contains("refused").doesNotContain("\tat ");
  }

  @Test
  void the_default_database_is_an_embedded_h2_file_under_consortium_data() {
    // expect
    assertThat(DatabaseOptions.DEFAULT_URL)
        .isEqualTo("jdbc:h2:file:./consortium-data/consortium;AUTO_SERVER=FALSE");
  }
}
