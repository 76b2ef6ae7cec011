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

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoCommandTest {

  @Test
  void demo_prints_the_seed_reports_membership_figures_for_2016() {
    // when
    Cli.Result result = Cli.run("demo");

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Membership figures for 2016")
        .containsPattern("Paying members: +31\\R")
        .containsPattern("Municipalities covered: +39\\R")
        .contains("39 of 55 municipalities in Västra Götaland and Halland");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void demo_reports_what_it_imported() {
    // when
    Cli.Result result = Cli.run("demo");

    // then
    assertThat(result.out())
        .contains(
            "membership: 34 members (34 new, 0 changed, 0 unchanged), 67 fees (67 new, 0 changed, 0 unchanged), 67 payments (67 new, 0 changed, 0 unchanged)")
        .contains(
            "governance: 4 goals (4 new, 0 changed, 0 unchanged), 1 board term (1 new, 0 changed,")
        .contains("26 decisions (26 new, 0 changed, 0 unchanged)")
        .contains("projects:   3 programmes (3 new, 0 changed, 0 unchanged), 4 projects (4 new,")
        .contains("89 mobilities (89 new, 0 changed, 0 unchanged)");
  }

  @Test
  void demo_then_prints_kobras_needs_analysis_and_its_partners_training_compliance() {
    // when
    Cli.Result result = Cli.run("demo");

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    String out = result.out();
    assertThat(out)
        .contains(
            "training:   1 vocabulary (1 new, 0 changed, 0 unchanged), 1 quota (1 new, 0 changed,"
                + " 0 unchanged), 1 survey mapping (1 new,")
        .contains("325 company visits (325 new, 0 changed, 0 unchanged)");
    String training = out.substring(out.indexOf("KOBRA needs analysis at 2017-02-28"));
    assertThat(out.indexOf("KOBRA needs analysis"))
        .isGreaterThan(out.indexOf("EPLUS-2015 Erasmus+"));
    assertThat(training)
        .contains("325 company visits and 114 survey answers")
        .contains("KOBRA training compliance at 2017-03-31:")
        .contains(
            "IN_PROGRESS  Lidköpings kommun: 0 delivered, 1 approved for 2017-03-15; needs at"
                + " least 1 more delivered by 2018-08-31");
  }

  @Test
  void demo_ends_with_the_kobra_indicators_and_the_erasmus_plus_budget_at_the_end_of_2016() {
    // when
    Cli.Result result = Cli.run("demo");

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    String out = result.out();
    assertThat(out.indexOf("Projects running in 2016: EPLUS-2015, KOBRA"))
        .isGreaterThan(out.indexOf("Governance figures for 2016"))
        .isPositive();
    assertThat(out.substring(out.indexOf("Projects running in 2016")))
        .contains("Företagsbesök av kompetensmäklarna: 325 besök at 2017-02-28")
        .contains("EPLUS-2015 Erasmus+ budget at 2016-12-31:")
        .contains("LEARNER: 39.0 % of places, 21.0 % of budget used")
        .contains("STAFF: 50.0 % of places, 50.0 % of budget used");
  }

  @Test
  void demo_prints_the_governance_figures_of_2016_after_the_membership_figures() {
    // when
    Cli.Result result = Cli.run("demo");

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    String out = result.out();
    assertThat(out.indexOf("Governance figures for 2016"))
        .isGreaterThan(out.indexOf("Membership figures for 2016"))
        .isPositive();
    assertThat(out.substring(out.indexOf("Governance figures for 2016")))
        .containsPattern("Board members: +8 ")
        .containsPattern("Board sessions: +7 board meetings \\+ 2 strategy days = 9 sessions")
        .contains("Billinge hus, Skövde: 35 participants")
        .contains("Processledarutbildning (staff training), Skövde: 20 participants")
        .contains("Göteborg: 20 participants from 11 organisations")
        .contains("Arendal: 18 participants", "Horsens: 22 participants")
        .contains("Milano: 8 participants", "Kraków: 1 participant")
        .containsPattern("People at events: +32 distinct");
  }

  @Test
  void demo_leaves_nothing_behind_so_a_second_run_starts_afresh() {
    // given
    Cli.run("demo");

    // when
    Cli.Result second = Cli.run("demo");

    // then every member is new again: the in-memory database was dropped after the first run
    assertThat(second.out()).contains("34 members (34 new, 0 changed, 0 unchanged)");
    assertThat(second.out()).containsPattern("Board members: +8 ");
  }

  @Test
  void demo_last_writes_the_2016_report_in_swedish_markdown_and_names_its_html_and_pdf(
      @TempDir Path reports) throws java.io.IOException {
    // when
    Cli.Result result = Cli.run("demo", "--report-dir", reports.toString());

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    String out = result.out();
    assertThat(out.indexOf("The 2016 annual report (Swedish Markdown):"))
        .isGreaterThan(out.indexOf("KOBRA training compliance at 2017-03-31:"));
    assertThat(out.substring(out.indexOf("The 2016 annual report")))
        .contains("# Verksamhetsberättelse 2016");
    Path html = reports.resolve("verksamhetsberattelse-2016.html");
    Path pdf = reports.resolve("verksamhetsberattelse-2016.pdf");
    assertThat(out).contains("Wrote the html report to " + html, "Wrote the pdf report to " + pdf);
    assertThat(java.nio.file.Files.readString(html)).startsWith("<!DOCTYPE html>");
    assertThat(java.nio.file.Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
  }
}
