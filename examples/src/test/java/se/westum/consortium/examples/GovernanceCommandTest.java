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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GovernanceCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

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
  void text_lists_the_board_of_eight_with_roles_and_names() {
    // when
    Cli.Result result = Cli.run("governance", "--year", "2016", "--db", db);

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .containsPattern("Board term: +2016 \\(2016-01-01 – 2016-12-31\\)\\R")
        .containsPattern("Board members: +8 \\(8 ordinary, 0 deputies\\)\\R")
        .containsPattern("Chair +Anders Brunberg\\R")
        .containsPattern("Vice chair +Titti Eklund\\R")
        .containsPattern("Treasurer +Anna Bolander\\R")
        .containsPattern("Member +Birgitta Lennermo\\R")
        .containsPattern("Nomination committee: +Ida Boström, Christer Bergwall\\R")
        .containsPattern("Auditors: +Joakim Nilsson, Mats Belemark\\R");
    assertThat(result.out().lines().filter(line -> line.matches(" +Member +\\S.*"))).hasSize(5);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void text_counts_seven_board_meetings_and_two_strategy_days_as_nine_sessions() {
    // when
    Cli.Result result = Cli.run("governance", "--year", "2016", "--db", db);

    // then
    assertThat(result.out())
        .containsPattern("Meetings: +14 meetings\\R")
        .containsPattern("Board meetings +7\\R")
        .containsPattern("Strategy days +2 \\(1 meeting\\)\\R")
        .containsPattern("Project-board meetings +2\\R")
        .containsPattern("Working-group meetings +4\\R")
        .containsPattern("Board sessions: +7 board meetings \\+ 2 strategy days = 9 sessions\\R")
        .containsPattern("Decisions: +26\\R");
  }

  @Test
  void text_lists_each_event_with_its_dates_place_and_participants() {
    // when
    Cli.Result result = Cli.run("governance", "--year", "2016", "--db", db);

    // then
    assertThat(result.out())
        .containsPattern("Events: +7\\R")
        .contains(
            "2016-04-20 – 2016-04-21  Westums årliga konferens (conference),"
                + " Billinge hus, Skövde: 35 participants")
        .contains(
            "2016-09-14 – 2016-09-15  Processledarutbildning (staff training),"
                + " Skövde: 20 participants")
        .contains(
            "2016-11-10               Spridningskonferens Erasmus+ (dissemination conference),"
                + " Göteborg: 20 participants from 11 organisations (SE 20)")
        .contains("(partnership meeting), Arendal: 18 participants")
        .contains("(partnership meeting), Horsens: 22 participants")
        .contains("Studiebesök Milano (Erasmus+) (study visit), Milano: 8 participants")
        .containsPattern("Kontaktseminarium \\(contact seminar\\), Kraków: 1 participant\\R")
        .containsPattern("People at events: +32 distinct");
  }

  @Test
  void text_names_the_staff_who_started_and_who_left() {
    // when
    Cli.Result result = Cli.run("governance", "--year", "2016", "--db", db);

    // then
    assertThat(result.out())
        .containsPattern("Staff started: +1\\R +2016-10-03 +Rebecka Hellman, projektkoordinator")
        .containsPattern("Staff left: +1\\R +2016-10-31 +Linda Blomberg, projektkoordinator\\R")
        .doesNotContain("Bernadett Pakucs");
  }

  @Test
  void json_has_the_seed_reports_governance_figures() throws Exception {
    // when
    Cli.Result result = Cli.run("governance", "--year", "2016", "--format", "json", "--db", db);

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode figures = JSON.readTree(result.out());
    assertThat(figures.get("year").asInt()).isEqualTo(2016);
    JsonNode board = figures.get("board");
    assertThat(board.get("members").asInt()).isEqualTo(8);
    assertThat(board.get("seats")).hasSize(8);
    assertThat(board.get("seats").get(0).get("role").asText()).isEqualTo("CHAIR");
    assertThat(board.get("seats").get(0).get("name").asText()).isEqualTo("Anders Brunberg");
    assertThat(board.get("seats").findValuesAsText("role"))
        .containsExactly(
            "CHAIR", "VICE_CHAIR", "TREASURER", "MEMBER", "MEMBER", "MEMBER", "MEMBER", "MEMBER");
    assertThat(figures.get("boardMeetings").asInt()).isEqualTo(7);
    assertThat(figures.get("strategyDays").asInt()).isEqualTo(2);
    assertThat(figures.get("boardSessions").asInt()).isEqualTo(9);
    assertThat(figures.get("decisions").asInt()).isEqualTo(26);
    assertThat(figures.get("peopleAtEvents").asInt()).isEqualTo(32);
    assertThat(figures.get("staffStarted").findValuesAsText("staff")).containsExactly("S-02");
    assertThat(figures.get("staffLeft").findValuesAsText("staff")).containsExactly("S-01");
  }

  @Test
  void json_gives_each_event_its_participants_and_organisations_when_known() throws Exception {
    // when
    Cli.Result result = Cli.run("governance", "--year", "2016", "--format", "json", "--db", db);

    // then
    Map<String, JsonNode> events = new HashMap<>();
    JSON.readTree(result.out()).get("events").forEach(e -> events.put(e.get("id").asText(), e));
    assertThat(events).hasSize(7);
    assertThat(participants(events, "2016-annual-conference")).isEqualTo(35);
    assertThat(participants(events, "2016-process-leader-training")).isEqualTo(20);
    assertThat(participants(events, "2016-dissemination-conference")).isEqualTo(20);
    assertThat(participants(events, "2016-partnership-arendal")).isEqualTo(18);
    assertThat(participants(events, "2016-partnership-horsens")).isEqualTo(22);
    assertThat(participants(events, "2016-study-visit-milano")).isEqualTo(8);
    assertThat(participants(events, "2016-contact-seminar-poland")).isEqualTo(1);
    JsonNode dissemination = events.get("2016-dissemination-conference");
    assertThat(dissemination.get("organisationCount").asInt()).isEqualTo(11);
    assertThat(dissemination.get("byCountry").get("SE").asInt()).isEqualTo(20);
    assertThat(dissemination.get("kind").asText()).isEqualTo("DISSEMINATION_CONFERENCE");
    assertThat(dissemination.get("place").asText()).isEqualTo("Göteborg");
    assertThat(dissemination.get("start").asText()).isEqualTo("2016-11-10");
    assertThat(dissemination.get("end").asText()).isEqualTo("2016-11-10");
    JsonNode conference = events.get("2016-annual-conference");
    assertThat(conference.get("start").asText()).isEqualTo("2016-04-20");
    assertThat(conference.get("end").asText()).isEqualTo("2016-04-21");
    assertThat(conference.get("place").asText()).isEqualTo("Billinge hus, Skövde");
    assertThat(conference.get("organisationCount").isNull()).isTrue();
  }

  @Test
  void a_year_without_records_has_no_board_and_nothing_to_count() throws Exception {
    // when
    Cli.Result text = Cli.run("governance", "--year", "2014", "--db", db);
    Cli.Result json = Cli.run("governance", "--year", "2014", "--format", "json", "--db", db);

    // then
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .containsPattern("Board: +no board term covers the year\\R")
        .containsPattern("Board sessions: +0 board meetings \\+ 0 strategy days = 0 sessions")
        .containsPattern("Events: +0\\R");
    JsonNode figures = JSON.readTree(json.out());
    assertThat(figures.get("board").isNull()).isTrue();
    assertThat(figures.get("events")).isEmpty();
  }

  @Test
  void a_year_out_of_range_is_a_domain_error_on_one_line() {
    // when
    Cli.Result result = Cli.run("governance", "--year", "1066", "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).startsWith("error: validation-failed: ").contains("fiscalYear");
  }

  private static int participants(Map<String, JsonNode> events, String id) {
    return events.get(id).get("participants").asInt();
  }
}
