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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} over the bundled dataset imported into an H2 file. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path directory;

  private static String db;
  private static Path dataset;

  @BeforeAll
  static void the_bundled_dataset_imported_once() throws Exception {
    db = Cli.h2File(directory);
    dataset = Datasets.westum2016(directory, "westum-2016");
    Cli.Result imported = Cli.run("import", "--data", dataset.toString(), "--db", db);
    assertThat(imported.exitCode()).as(imported.err()).isZero();
  }

  @Test
  void report_json_gives_each_figure_of_the_done_list_with_its_trace() throws Exception {
    // when
    Cli.Result result = Cli.run("report", "--year", "2016", "--format", "json", "--db", db);

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode figures = JSON.readTree(result.out()).get("figures");
    assertThat(figures.get("board.sessions").get("value").asInt()).isEqualTo(9);
    assertThat(figures.get("board.members").get("value").asInt()).isEqualTo(8);
    assertThat(figures.get("project.kobra.partners.se.municipalities").get("value").asInt())
        .isEqualTo(10);
    assertThat(figures.get("project.kobra.needs.visits").get("value").asInt()).isEqualTo(325);
    assertThat(figures.get("project.kobra.needs.answers").get("value").asInt()).isEqualTo(114);
    assertThat(figures.get("project.kobra.officials.se").get("value").asInt()).isEqualTo(55);
    assertThat(figures.get("figures.paying-members").get("value").asInt()).isEqualTo(31);
    assertThat(figures.get("figures.municipalities").get("value").asInt()).isEqualTo(39);
    assertThat(figures.get("event.2016-annual-conference.participants").get("value").asInt())
        .isEqualTo(35);
    JsonNode trace = figures.get("board.sessions").get("trace");
    assertThat(trace.get("recordKind").asText()).isEqualTo("meeting");
    assertThat(trace.get("rule").asText()).contains("strategy-day");
    assertThat(trace.get("ids")).hasSize(8);
  }

  @Test
  void the_bundled_narrative_contradicts_no_figure() throws Exception {
    // when
    Cli.Result result =
        Cli.run(
            "report",
            "--year",
            "2016",
            "--format",
            "json",
            "--narrative",
            dataset.toString(),
            "--db",
            db);

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).doesNotContain("narrative-figure");
  }

  @Test
  void a_fragment_with_a_number_no_figure_has_is_a_finding_naming_fragment_and_line()
      throws Exception {
    // given
    Path other = Datasets.westum2016(directory, "westum-2016-wrong-narrative");
    Files.writeString(
        other.resolve("narrative/sv/board.md"),
        "Styrelsen arbetade flitigt.\nDen hade 10 möten.\n");

    // when
    Cli.Result result =
        Cli.run(
            "report",
            "--year",
            "2016",
            "--format",
            "json",
            "--narrative",
            other.toString(),
            "--db",
            db);

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("narrative-figure", "narrative/sv/board.md:2", "nearest: board.sessions = 9");
  }

  @Test
  void markdown_goes_to_standard_output_and_a_file_when_asked() throws Exception {
    // when
    Cli.Result text = Cli.run("report", "--year", "2016", "--db", db);
    Path file = directory.resolve("report-2016.md");
    Cli.Result written =
        Cli.run("report", "--year", "2016", "--lang", "en", "--out", file.toString(), "--db", db);

    // then
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("2016");
    assertThat(written.exitCode()).as(written.err()).isZero();
    assertThat(file).isNotEmptyFile();
  }

  @Test
  void an_unknown_format_or_language_is_a_usage_error() throws Exception {
    assertThat(Cli.run("report", "--year", "2016", "--format", "docx", "--db", db).exitCode())
        .isEqualTo(2);
    assertThat(Cli.run("report", "--year", "2016", "--lang", "de", "--db", db).exitCode())
        .isEqualTo(2);
  }
}
