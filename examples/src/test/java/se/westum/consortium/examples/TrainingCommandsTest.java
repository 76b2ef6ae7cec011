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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code needs} and {@code compliance} over the bundled dataset's KOBRA records. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainingCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FOCUS =
      List.of("social-media", "customer-hosting", "csr-certification");

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
    assertThat(imported.out()).contains("325 company visits", "114 survey answers", "3 trainings");
  }

  private static JsonNode json(String... args) throws Exception {
    Cli.Result result = Cli.run(args);
    assertThat(result.exitCode()).as(result.err()).isZero();
    return JSON.readTree(result.out());
  }

  @Test
  void
      needs_at_the_end_of_february_2017_counts_325_visits_and_114_answers_and_ranks_the_focus_areas_first()
          throws Exception {
    // when
    JsonNode needs =
        json("needs", "--project", "KOBRA", "--at", "2017-02-28", "--format", "json", "--db", db);

    // then
    assertThat(needs.get("project").asText()).isEqualTo("KOBRA");
    assertThat(needs.get("at").asText()).isEqualTo("2017-02-28");
    assertThat(needs.get("visits").asInt()).isEqualTo(325);
    assertThat(needs.get("surveyAnswers").asInt()).isEqualTo(114);
    assertThat(needs.get("companies").asInt()).isPositive();
    List<String> ranked = new ArrayList<>();
    needs.get("topics").forEach(t -> ranked.add(t.get("topic").asText()));
    assertThat(ranked.subList(0, 3)).containsExactlyInAnyOrderElementsOf(FOCUS);
    assertThat(needs.get("topics").get(0).get("bySector").size()).isEqualTo(2);
    assertThat(needs.get("focusAreas"))
        .hasSize(3)
        .allSatisfy(
            f -> {
              assertThat(f.get("backed").asBoolean()).isTrue();
              assertThat(f.get("chosenOn").asText()).isEqualTo("2016-11-22");
              assertThat(f.get("needs").asInt()).isPositive();
            });
  }

  @Test
  void kobras_indicators_for_visits_and_answers_are_counted_from_the_records_and_agree()
      throws Exception {
    // when
    JsonNode needs =
        json("needs", "--project", "KOBRA", "--at", "2017-02-28", "--format", "json", "--db", db);

    // then
    List<String> reasons = new ArrayList<>();
    needs.get("indicators").forEach(i -> reasons.add(i.get("reason").asText()));
    assertThat(needs.get("indicators")).allMatch(i -> i.get("satisfied").asBoolean());
    assertThat(reasons)
        .containsExactly(
            "KOBRA-I1: measured 325 on 2017-02-28; 325 company-visits recorded by then: agree",
            "KOBRA-I2: measured 114 on 2016-10-31; 114 survey-answers recorded by then: agree",
            "KOBRA-I3: measured 55 on 2016-12-31; 55 distinct-people-at-events recorded by then:"
                + " agree");
  }

  @Test
  void compliance_at_the_end_of_march_2017_explains_every_partner() throws Exception {
    // when
    JsonNode report =
        json(
            "compliance",
            "--project",
            "KOBRA",
            "--at",
            "2017-03-31",
            "--format",
            "json",
            "--db",
            db);

    // then
    assertThat(report.get("quota").get("min").asInt()).isEqualTo(1);
    assertThat(report.get("quota").get("max").asInt()).isEqualTo(3);
    assertThat(report.get("partners"))
        .hasSize(17)
        .allSatisfy(
            p -> {
              assertThat(p.get("status").asText()).isEqualTo("IN_PROGRESS");
              assertThat(p.get("needed").asText()).startsWith(p.get("organisation").asText() + ":");
            });
    List<String> needed = new ArrayList<>();
    report.get("partners").forEach(p -> needed.add(p.get("needed").asText()));
    assertThat(needed)
        .contains(
            "Lidköpings kommun: 0 delivered, 1 approved for 2017-03-15; needs at least 1 more"
                + " delivered by 2018-08-31");
    assertThat(report.get("trainings")).hasSize(3);
    assertThat(report.get("trainings")).allSatisfy(t -> assertThat(t.get("findings")).hasSize(5));
    JsonNode pilot = report.get("trainings").get(0);
    assertThat(pilot.get("kind").asText()).isEqualTo("PILOT");
  }

  @Test
  void compliance_as_text_names_every_rule_of_every_training() {
    // when
    Cli.Result result =
        Cli.run("compliance", "--project", "KOBRA", "--at", "2017-03-31", "--db", db);

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Compliance of KOBRA at 2017-03-31")
        .contains("focus-area:", "target-group:", "approval:", "pilot:", "transnational-open:")
        .contains("IN_PROGRESS: Lidköpings kommun: 0 delivered");
  }

  @Test
  void needs_of_an_unknown_project_is_a_domain_error() {
    // when
    Cli.Result result = Cli.run("needs", "--project", "NOPE", "--at", "2017-02-28", "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("NOPE");
  }
}
