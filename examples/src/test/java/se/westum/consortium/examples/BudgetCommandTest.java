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
class BudgetCommandTest {

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
  void at_the_end_of_2016_learners_used_39_percent_of_places_but_21_percent_of_budget() {
    // when
    Cli.Result result =
        Cli.run("budget", "--project", "EPLUS-2015", "--at", "2016-12-31", "--db", db);

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    String out = result.out();
    String learner = out.substring(out.indexOf("  LEARNER"), out.indexOf("  STAFF"));
    String staff = out.substring(out.indexOf("  STAFF"));
    assertThat(learner)
        .containsPattern("Places used: +39\\.0 % \\(39 of 100 completed\\)")
        .containsPattern("Budget used: +21\\.0 % \\(67270\\.00 EUR of 320000\\.00 EUR\\)")
        .contains("average 1724.87 EUR against 3200.00 EUR granted per place")
        .containsPattern("Target: +not reached");
    assertThat(staff)
        .containsPattern("Places used: +50\\.0 %")
        .containsPattern("Budget used: +50\\.0 %");
    assertThat(out).contains("Mobility budget of EPLUS-2015 at 2016-12-31");
  }

  @Test
  void in_march_2017_learners_used_57_percent_and_staff_62_percent_of_budget() throws Exception {
    // when
    Cli.Result result =
        Cli.run(
            "budget",
            "--project",
            "EPLUS-2015",
            "--at",
            "2017-03-31",
            "--format",
            "json",
            "--db",
            db);

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode budget = JSON.readTree(result.out());
    assertThat(budget.get("project").asText()).isEqualTo("EPLUS-2015");
    assertThat(budget.get("at").asText()).isEqualTo("2017-03-31");
    JsonNode learner = category(budget, "LEARNER");
    JsonNode staff = category(budget, "STAFF");
    assertThat(learner.get("budgetUsedPercent").asText()).isEqualTo("57.0");
    assertThat(learner.get("placesUsedPercent").asText()).isEqualTo("61.0");
    assertThat(learner.get("placesUsed").asInt()).isEqualTo(61);
    assertThat(learner.get("budgetUsedEur").asText()).isEqualTo("182420.00");
    assertThat(staff.get("budgetUsedPercent").asText()).isEqualTo("62.0");
    assertThat(staff.get("placesUsedPercent").asText()).isEqualTo("60.0");
    assertThat(staff.get("averageGrantEur").asText()).isEqualTo("1407.50");
    assertThat(staff.get("budgetPerPlaceEur").asText()).isEqualTo("1362.50");
  }

  @Test
  void the_forecast_counts_planned_mobilities_and_says_whether_the_target_is_reached()
      throws Exception {
    // when
    Cli.Result result =
        Cli.run(
            "budget",
            "--project",
            "EPLUS-2015",
            "--at",
            "2017-03-31",
            "--format",
            "json",
            "--db",
            db);

    // then
    JsonNode budget = JSON.readTree(result.out());
    JsonNode learner = category(budget, "LEARNER");
    JsonNode staff = category(budget, "STAFF");
    assertThat(learner.get("forecastPlaces").asInt()).isEqualTo(71);
    assertThat(learner.get("forecastBudgetPercent").asText()).isEqualTo("71.0");
    assertThat(staff.get("forecastBudgetPercent").asText()).isEqualTo("80.5");
    assertThat(learner.get("targetReached").asBoolean()).isFalse();
    assertThat(staff.get("targetReached").asBoolean()).isFalse();
    assertThat(learner.get("gap").asText()).contains("61.0 %", "57.0 %");
  }

  @Test
  void a_project_without_a_mobility_grant_is_one_error_line() {
    // when
    Cli.Result result = Cli.run("budget", "--project", "KOBRA", "--at", "2016-12-31", "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines()).singleElement().asString().startsWith("error: ");
    assertThat(result.err()).contains("KOBRA");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void a_date_that_is_not_a_date_is_a_usage_error() {
    // when
    Cli.Result result =
        Cli.run("budget", "--project", "EPLUS-2015", "--at", "2016-13-01", "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--at");
  }

  private static JsonNode category(JsonNode budget, String name) {
    for (JsonNode category : budget.get("categories")) {
      if (category.get("category").asText().equals(name)) {
        return category;
      }
    }
    throw new AssertionError("no category " + name + " in " + budget);
  }
}
