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
class MembersCommandTest {

  // Read-only tests: one database for the class keeps them quick.
  @TempDir static Path directory;

  private static String db;

  @BeforeAll
  static void a_database_with_the_westum_dataset() throws Exception {
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
  void text_shows_the_figures_and_the_members_that_have_not_paid_in_full() {
    // when
    Cli.Result result = Cli.run("members", "--year", "2016", "--county", "14,13", "--db", db);

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .containsPattern("Paying members: +31\\R")
        .containsPattern("Municipalities covered: +39\\R")
        .contains("Coverage:", "39 of 55 municipalities in Västra Götaland and Halland (70.9 %)")
        .containsPattern("Fee not paid in full: +2\\R")
        .contains("212000-4656 Lysekils kommun", "212000-4789 Tjörns kommun");
  }

  @Test
  void the_county_option_chooses_the_region_in_the_order_given() {
    // when
    Cli.Result halland = Cli.run("members", "--year", "2016", "--county", "13", "--db", db);
    Cli.Result both = Cli.run("members", "--year", "2016", "--county", "13,14", "--db", db);

    // then
    assertThat(halland.out()).contains("5 of 6 municipalities in Halland (83.3 %)");
    assertThat(both.out()).contains("39 of 55 municipalities in Halland and Västra Götaland");
  }

  @Test
  void without_a_county_it_reports_no_coverage_as_the_rest_api_does() {
    // when
    Cli.Result result = Cli.run("members", "--year", "2016", "--db", db);

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).containsPattern("Paying members: +31\\R").doesNotContain("Coverage:");
  }

  @Test
  void json_lists_the_unpaid_members_with_their_reasons() throws Exception {
    // when
    Cli.Result result = Cli.run("members", "--year", "2016", "--format", "json", "--db", db);

    // then
    JsonNode unpaid = new ObjectMapper().readTree(result.out()).get("unpaid");
    assertThat(unpaid.findValuesAsText("organisationNumber"))
        .containsExactlyInAnyOrder("212000-4656", "212000-4789");
    assertThat(unpaid.findValuesAsText("reason")).allSatisfy(r -> assertThat(r).isNotBlank());
  }

  @Test
  void a_year_without_fees_has_no_paying_members() {
    // when
    Cli.Result result = Cli.run("members", "--year", "2017", "--county", "14,13", "--db", db);

    // then
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .containsPattern("Paying members: +0\\R")
        .contains("0 of 55 municipalities");
  }

  @Test
  void an_unknown_county_is_a_domain_error_on_one_line() {
    // when
    Cli.Result result = Cli.run("members", "--year", "2016", "--county", "99", "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).startsWith("error: validation-failed: ").contains("99");
  }

  @Test
  void a_year_out_of_range_is_a_domain_error() {
    // when
    Cli.Result result = Cli.run("members", "--year", "1066", "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("error: validation-failed: ").contains("year");
  }
}
