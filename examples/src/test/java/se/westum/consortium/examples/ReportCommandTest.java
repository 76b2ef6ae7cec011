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
    assertThat(figures.get("fiscal-year.start").get("value").asText()).isEqualTo("2016-01-01");
    assertThat(figures.get("board.board-meeting.meetings").get("value").asInt()).isEqualTo(7);
    assertThat(figures.get("board.strategy-day.days").get("value").asInt()).isEqualTo(2);
    assertThat(figures.get("positions.nomination-committee").get("value").asInt()).isEqualTo(2);
    assertThat(figures.get("positions.auditors").get("value").asInt()).isEqualTo(2);
    assertThat(figures.get("goals.count").get("value").asInt()).isEqualTo(4);
    assertThat(figures.get("project.kobra.partners.se.federations").get("value").asInt())
        .isEqualTo(2);
    assertThat(figures.get("project.kobra.needs.sectors").get("value").asInt()).isEqualTo(2);
    assertThat(figures.get("project.kobra.needs.focus-areas").get("value").asInt()).isEqualTo(3);
    assertThat(figures.get("project.kobra.training.kobra-t01.participants").get("value").asInt())
        .isEqualTo(26);
    assertThat(figures.get("project.kobra.training.kobra-t02.approved").get("value").asText())
        .isEqualTo("2016-12-08");
    assertThat(figures.get("project.kobra.training.kobra-t02.approved").get("trace").get("ids"))
        .extracting(JsonNode::asText)
        .containsExactly("B2016-07§1");
    assertThat(figures.get("project.kobra.group.kobra-pb.meetings").get("value").asInt())
        .isEqualTo(2);
    assertThat(figures.get("project.kobra.group.kobra-ag.meetings").get("value").asInt())
        .isEqualTo(2);
    String yearEnd = "project.eplus-2015.consumption.year-end.";
    String march = "project.eplus-2015.consumption.latest.";
    assertThat(figures.get(yearEnd + "learner.places-used-percent").get("value").asDouble())
        .isEqualTo(39.0);
    assertThat(figures.get(yearEnd + "learner.budget-used-percent").get("value").asDouble())
        .isEqualTo(21.0);
    assertThat(figures.get(yearEnd + "staff.places-used-percent").get("value").asDouble())
        .isEqualTo(50.0);
    assertThat(figures.get(yearEnd + "staff.budget-used-percent").get("value").asDouble())
        .isEqualTo(50.0);
    assertThat(figures.get(march + "learner.budget-used-percent").get("value").asDouble())
        .isEqualTo(57.0);
    assertThat(figures.get(march + "staff.budget-used-percent").get("value").asDouble())
        .isEqualTo(62.0);
    assertThat(figures.get(yearEnd + "learner.target").get("value").asDouble()).isEqualTo(80.0);
    assertThat(
            figures
                .get("project.eplus-2015.audit.2016-11-08")
                .get("trace")
                .get("recordKind")
                .asText())
        .isEqualTo("audit");
    assertThat(figures.get("project.eplus-2015.deadline.end").get("value").asText())
        .isEqualTo("2017-05-31");
    assertThat(figures.get("project.eplus-2015.deadline.final-report").get("value").asText())
        .isEqualTo("2017-06-30");
    assertThat(figures.get("project.eplus-2015.prospective").get("value").asInt()).isEqualTo(2);
    assertThat(figures.get("project.eplus-2017.deadline.application").get("value").asText())
        .isEqualTo("2017-02-28");
    assertThat(figures.get("project.esf-besok.deadline.application").get("value").asText())
        .isEqualTo("2016-11-30");
    assertThat(figures.get("event.2016-process-leader-training.participants").get("value").asInt())
        .isEqualTo(20);
    assertThat(figures.get("event.2016-dissemination-conference.participants").get("value").asInt())
        .isEqualTo(20);
    assertThat(
            figures.get("event.2016-dissemination-conference.organisations").get("value").asInt())
        .isEqualTo(11);
    assertThat(figures.get("event.2016-study-visit-milano.participants")).isNotNull();
    assertThat(figures.get("event.2016-contact-seminar-poland.participants")).isNotNull();
    assertThat(figures.get("staff.left").get("value").asInt()).isEqualTo(1);
    assertThat(figures.get("findings.count").get("value").asInt()).isEqualTo(4);
    figures.forEach(
        figure ->
            assertThat(figure.get("trace").get("rule").asText())
                .as(figure.toString())
                .isNotBlank());
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
