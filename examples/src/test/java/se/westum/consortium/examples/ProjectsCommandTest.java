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
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProjectsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path directory;

  private static String db;

  @BeforeAll
  static void the_bundled_dataset_imported_once() throws Exception {
    db = Cli.h2File(directory);
    Cli.Result imported =
        Cli.run(
            "import",
            "--data",
            Datasets.westum2016(directory, "westum-2016").toString(),
            "--db",
            db);
    assertThat(imported.exitCode()).as(imported.err()).isZero();
  }

  @Test
  void the_projects_of_2016_are_kobra_and_the_erasmus_plus_project() {
    // when
    Cli.Result result = Cli.run("projects", "--year", "2016", "--db", db);

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Projects running in 2016: 2")
        .containsPattern("\\RKOBRA – ")
        .containsPattern("\\REPLUS-2015 – ")
        .doesNotContain("ESF-BESOK", "EPLUS-2017 –");
  }

  @Test
  void kobra_shows_its_programme_partners_groups_activities_and_latest_indicator_values() {
    // when
    String out = Cli.run("projects", "--year", "2016", "--db", db).out();

    // then
    String kobra = out.substring(out.indexOf("KOBRA – "));
    assertThat(kobra)
        .contains("Interreg Öresund-Kattegat-Skagerrak 2014–2020 (INTERREG)")
        .contains("2015-09-01 – 2018-08-31")
        .containsPattern("Status: +RUNNING")
        .contains("DK lead (1): Region Midtjylland")
        .contains("SE coordinating (1): Westum")
        .contains("SE partner (12): ")
        .contains("Kobras styrelse (project board)")
        .contains("Kompetensmäklare: Skövde kommun")
        .contains("Företagsbesök av kompetensmäklarna: 325 besök at 2017-02-28")
        .contains("81.3 %");
  }

  @Test
  void the_erasmus_plus_project_shows_its_final_report_deadline_the_uhr_audit_and_prospects() {
    // when
    String out = Cli.run("projects", "--year", "2016", "--db", db).out();

    // then
    String eplus = out.substring(out.indexOf("EPLUS-2015 – "), out.indexOf("KOBRA – "));
    assertThat(eplus)
        .containsPattern("Final report deadline: +2017-06-30")
        .containsPattern("Audit: +2016-11-08 UHR: ")
        .contains("SE partner (12): ")
        .contains("prospective (2): Munkedals kommun (SE partner), Lysekils kommun (SE partner)")
        .containsPattern("Partners: +13 \\(and 2 prospective\\)");
  }

  @Test
  void the_json_lists_each_project_as_the_rest_api_does() throws Exception {
    // when
    Cli.Result result = Cli.run("projects", "--year", "2016", "--format", "json", "--db", db);

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode root = JSON.readTree(result.out());
    assertThat(root.findValuesAsText("acronym")).contains("KOBRA", "EPLUS-2015");
    JsonNode kobra = project(root, "KOBRA");
    assertThat(kobra.get("programme").asText()).isEqualTo("INTERREG-OKS");
    assertThat(kobra.get("status").asText()).isEqualTo("RUNNING");
    JsonNode eplus = project(root, "EPLUS-2015");
    assertThat(eplus.get("finalReportDeadline").asText()).isEqualTo("2017-06-30");
    assertThat(eplus.get("audits").get(0).get("authority").asText()).isEqualTo("UHR");
  }

  @Test
  void applications_show_their_deadline_in_the_years_they_run() {
    // when
    String out = Cli.run("projects", "--year", "2017", "--db", db).out();

    // then
    assertThat(out)
        .contains("ESF-BESOK – ", "EPLUS-2017 – ")
        .containsPattern("Application deadline: +2017-02-28");
  }

  private static JsonNode project(JsonNode root, String id) {
    for (JsonNode project : root) {
      if (project.get("acronym").asText().equals(id)) {
        return project;
      }
    }
    throw new AssertionError("no project " + id);
  }
}
