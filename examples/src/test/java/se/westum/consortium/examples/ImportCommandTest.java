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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.OrganisationNumber;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ImportCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path directory;

  private String db;
  private Path westum;

  @BeforeEach
  void a_fresh_database_and_a_copy_of_the_dataset() throws Exception {
    db = Cli.h2File(directory);
    westum = Datasets.westum2016(directory, "westum-2016");
  }

  @Test
  void import_then_members_as_json_gives_the_seed_figures() throws Exception {
    // given
    Cli.Result imported = Cli.run("import", "--data", westum.toString(), "--db", db);

    // when
    Cli.Result members =
        Cli.run("members", "--year", "2016", "--county", "14,13", "--format", "json", "--db", db);

    // then
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out())
        .contains(
            "34 members (34 new, 0 changed, 0 unchanged), 67 fees (67 new, 0 changed, 0 unchanged), 67 payments (67 new, 0 changed, 0 unchanged)");
    assertThat(members.exitCode()).as(members.err()).isZero();
    JsonNode figures = JSON.readTree(members.out());
    assertThat(figures.get("year").asInt()).isEqualTo(2016);
    assertThat(figures.get("payingMembers").asInt()).isEqualTo(31);
    assertThat(figures.get("municipalitiesCovered").asInt()).isEqualTo(39);
    JsonNode coverage = figures.get("coverage");
    assertThat(coverage.get("covered").asInt()).isEqualTo(39);
    assertThat(coverage.get("total").asInt()).isEqualTo(55);
    assertThat(coverage.get("percent").asText()).isEqualTo("70.9");
    assertThat(coverage.get("counties").findValuesAsText("shortName"))
        .containsExactlyInAnyOrder("Västra Götaland", "Halland");
  }

  @Test
  void import_reads_the_governance_files_too_and_prints_both_summaries() {
    // when
    Cli.Result imported = Cli.run("import", "--data", westum.toString(), "--db", db);

    // then
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out())
        .contains(
            "  membership: 34 members (34 new, 0 changed, 0 unchanged), 67 fees (67 new, 0 changed, 0 unchanged), 67 payments (67 new, 0 changed, 0 unchanged)")
        .contains(
            "  governance: 4 goals (4 new, 0 changed, 0 unchanged), 1 board term (1 new, 0 changed,"
                + " 0 unchanged), 15 meetings (15 new, 0 changed, 0 unchanged), 26 decisions (26 new,"
                + " 0 changed, 0 unchanged), 9 events (9 new, 0 changed, 0 unchanged)");
    assertThat(Databases.boardTerms(db)).isEqualTo(1);
    assertThat(Databases.meetings(db, 2016)).isEqualTo(14);
  }

  @Test
  void import_reads_the_project_files_too_in_the_same_run() {
    // when
    Cli.Result imported = Cli.run("import", "--data", westum.toString(), "--db", db);

    // then
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out())
        .contains("  projects:   3 programmes (3 new, 0 changed, 0 unchanged), 4 projects (4 new,")
        .contains("89 mobilities (89 new, 0 changed, 0 unchanged), 3 staff members (3 new,");
    assertThat(Databases.consortium(db).mobility().mobilities(new ProjectId("EPLUS-2015")))
        .hasSize(89);
  }

  @Test
  void the_sending_member_column_binds_each_mobility_to_the_member_that_sends_it() {
    // when
    Cli.run("import", "--data", westum.toString(), "--db", db);

    // then Kunskapsförbundet Väst sends from Trollhättan as itself; every mobility has a member
    var mobilities = Databases.consortium(db).mobility().mobilities(new ProjectId("EPLUS-2015"));
    assertThat(mobilities).allSatisfy(m -> assertThat(m.sendingMember()).isPresent());
    assertThat(
            mobilities.stream()
                .filter(m -> m.sending().city().equals("Trollhättan"))
                .map(m -> m.sendingMember().orElseThrow().value())
                .distinct())
        .containsExactly("222000-1156");
  }

  @Test
  void a_bad_mobility_row_is_reported_with_file_line_and_column_and_nothing_is_written()
      throws Exception {
    // given a staff mobility of an unknown category, appended as line 91
    Datasets.append(
        westum,
        "mobilities.csv",
        "EP15-S017;EPLUS-2015;S-017;TEACHER;Lärcentrum Skövde;Skövde;SE;58,3903;13,8451;"
            + "Studiebesök Milano;Milano;IT;45,4642;9,1900;2017-05-02;2017-05-04;2;false;false;0;"
            + "PLANNED;212000-1660");

    // when
    Cli.Result result = Cli.run("import", "--data", westum.toString(), "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .containsPattern("mobilities\\.csv:91:4 \\(category\\): .+")
        .contains("nothing was imported")
        .doesNotContain("\tat ");
    assertThat(result.out()).isEmpty();
    assertThat(Databases.members(db)).isZero();
    assertThat(Databases.boardTerms(db)).isZero();
    assertThat(Databases.consortium(db).projects().all()).isEmpty();
  }

  @Test
  void a_bad_member_row_and_a_bad_mobility_row_are_reported_together() throws Exception {
    // given a member row of an unknown kind (line 36) and a mobility of an unknown category
    Datasets.append(westum, "members.csv", "212000-9999;Provkommun;VILLAGE;1499;2016-01-01;");
    Datasets.append(
        westum,
        "mobilities.csv",
        "EP15-S017;EPLUS-2015;S-017;TEACHER;Lärcentrum Skövde;Skövde;SE;58,3903;13,8451;"
            + "Studiebesök Milano;Milano;IT;45,4642;9,1900;2017-05-02;2017-05-04;2;false;false;0;"
            + "PLANNED;212000-1660");

    // when
    Cli.Result result = Cli.run("import", "--data", westum.toString(), "--db", db);

    // then: the one-pass mobility read still reports its file when another file stops the import
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .containsPattern("members\\.csv:36:3 \\(kind\\): .+")
        .containsPattern("mobilities\\.csv:91:4 \\(category\\): .+");
    assertThat(Databases.members(db)).isZero();
  }

  @Test
  void a_folder_without_governance_files_imports_its_membership_alone() throws Exception {
    // given
    Path membershipOnly = Files.createDirectories(directory.resolve("membership-only"));
    for (String file : BundledDataset.MEMBERSHIP_FILES) {
      Files.copy(westum.resolve(file), membershipOnly.resolve(file));
    }

    // when
    Cli.Result imported = Cli.run("import", "--data", membershipOnly.toString(), "--db", db);

    // then
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out())
        .contains("membership: 34 members (34 new, 0 changed, 0 unchanged)")
        .contains(
            "governance: 0 goals (0 new, 0 changed, 0 unchanged), 0 board terms (0 new, 0 changed,")
        .contains("projects:   0 programmes (0 new, 0 changed, 0 unchanged), 0 projects (0 new,");
    assertThat(Databases.boardTerms(db)).isZero();
    assertThat(Databases.consortium(db).projects().all()).isEmpty();
  }

  @Test
  void importing_the_same_dataset_twice_changes_nothing() throws Exception {
    // given
    Cli.run("import", "--data", westum.toString(), "--db", db);
    String membersAfterFirst =
        Cli.run("members", "--year", "2016", "--format", "json", "--db", db).out();
    String governanceAfterFirst =
        Cli.run("governance", "--year", "2016", "--format", "json", "--db", db).out();

    // when
    Cli.Result second = Cli.run("import", "--data", westum.toString(), "--db", db);

    // then
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out())
        .contains(
            "34 members (0 new, 0 changed, 34 unchanged), 67 fees (0 new, 0 changed, 67 unchanged), 67 payments (0 new, 0 changed, 67 unchanged)")
        .contains("15 meetings (0 new, 0 changed, 15 unchanged)")
        .contains(
            "89 mobilities (0 new, 0 changed, 89 unchanged), 3 staff members (0 new, 0 changed,")
        .doesNotContainPattern("\\([1-9]\\d* new")
        .doesNotContainPattern(" [1-9]\\d* changed");
    assertThat(Databases.members(db)).isEqualTo(34);
    assertThat(Databases.boardTerms(db)).isEqualTo(1);
    assertThat(Databases.meetings(db, 2016)).isEqualTo(14);
    assertThat(Cli.run("members", "--year", "2016", "--format", "json", "--db", db).out())
        .isEqualTo(membersAfterFirst);
    assertThat(Cli.run("governance", "--year", "2016", "--format", "json", "--db", db).out())
        .isEqualTo(governanceAfterFirst)
        .contains("\"boardSessions\":9");
  }

  @Test
  void a_dataset_with_bad_rows_prints_every_problem_and_writes_nothing() throws Exception {
    // given one bad organisation number, one bad kind, and one bad amount
    Datasets.append(
        westum,
        "members.csv",
        "212000-1018;Felnummer kommun;MUNICIPALITY;1430;2010-01-01;",
        "212000-1207;Munkedals kommun;CITY;1430;2010-01-01;");
    Datasets.append(westum, "fees.csv", "212000-1017;2017;tolv tusen;SEK");

    // when
    Cli.Result result = Cli.run("import", "--data", westum.toString(), "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .containsPattern("members\\.csv:36:\\d+ \\(organisation_number\\): .+")
        .containsPattern("members\\.csv:37:\\d+ \\(kind\\): .+")
        .containsPattern("fees\\.csv:69:\\d+ \\(amount\\): .+")
        .contains("nothing was imported")
        .doesNotContain("\tat ");
    assertThat(result.out()).isEmpty();
    assertThat(Databases.members(db)).isZero();
  }

  @Test
  void a_decision_at_a_meeting_without_quorum_is_reported_with_its_reason_and_nothing_is_written()
      throws Exception {
    // given five of the eight ordinary members attended B2016-03: one fewer leaves four
    Datasets.remove(westum, "attendance.csv", "B2016-03;P-07");

    // when
    Cli.Result result = Cli.run("import", "--data", westum.toString(), "--db", db);

    // then each of the meeting's three decisions (lines 8 to 10) is refused, with the reason
    assertThat(result.exitCode()).isEqualTo(1);
    for (int line = 8; line <= 10; line++) {
      assertThat(result.err())
          .containsPattern(
              "decisions\\.csv:"
                  + line
                  + ":[1-9]\\d*( \\([a-z_]+\\))?: .*4 of 8 ordinary members present.*not quorate");
    }
    assertThat(result.err()).contains("nothing was imported").doesNotContain("\tat ");
    assertThat(result.out()).isEmpty();
    assertThat(Databases.members(db)).isZero();
    assertThat(Databases.boardTerms(db)).isZero();
    assertThat(Databases.meetings(db, 2016)).isZero();
  }

  @Test
  void a_deputy_standing_in_for_a_fifth_absent_member_makes_the_meeting_quorate() throws Exception {
    // given four ordinary members at B2016-03, and a deputy in place of an absent one
    Datasets.remove(westum, "attendance.csv", "B2016-03;P-07");
    Datasets.append(
        westum, "board.csv", "2016;2016-01-01;2016-12-31;P-09;Suppleant Exempel;DEPUTY");
    Datasets.append(westum, "attendance.csv", "B2016-03;P-09");

    // when
    Cli.Result result = Cli.run("import", "--data", westum.toString(), "--db", db);

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("26 decisions");
    assertThat(Cli.run("governance", "--year", "2016", "--db", db).out())
        .containsPattern("Board members: +9 \\(8 ordinary, 1 deputy\\)")
        .containsPattern("Decisions: +26\\R");
  }

  @Test
  void problems_in_membership_and_governance_files_are_all_listed_together() throws Exception {
    // given
    Datasets.append(westum, "members.csv", "212000-1207;Munkedals kommun;CITY;1430;2010-01-01;");
    Datasets.append(westum, "meetings.csv", "B2016-08;BOARD_MEETING;2016-13-01;;Skövde");

    // when
    Cli.Result result = Cli.run("import", "--data", westum.toString(), "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .containsPattern("members\\.csv:36:\\d+ \\(kind\\): .+")
        .containsPattern("meetings\\.csv:17:\\d+ \\(start\\): .+")
        .contains("error: invalid-csv: 2 problem(s) in the dataset; nothing was imported");
    assertThat(Databases.members(db)).isZero();
    assertThat(Databases.boardTerms(db)).isZero();
  }

  @Test
  void a_refusal_in_the_governance_part_rolls_back_the_membership_part() throws Exception {
    // given the stored 2016 term, and a dataset valid on its own that adds a member and a
    // board term overlapping the stored one: only the core sees the clash, after the members
    Cli.run("import", "--data", westum.toString(), "--db", db);
    Path clash = Files.createDirectories(directory.resolve("clash"));
    Datasets.write(
        clash,
        "members.csv",
        "organisation_number;name;kind;covered_municipalities;joined;left",
        "212000-1207;Munkedals kommun;MUNICIPALITY;1430;2010-01-01;");
    Datasets.write(
        clash,
        "board.csv",
        "term;term_start;term_end;person;name;role",
        "2016b;2016-07-01;2017-06-30;P-01;Anders Brunberg;CHAIR",
        "2016b;2016-07-01;2017-06-30;P-03;Anna Bolander;TREASURER");

    // when
    Cli.Result result = Cli.run("import", "--data", clash.toString(), "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .startsWith("board.csv:2:2 (term_start): ")
        .contains("overlaps term 2016", "nothing was imported");
    assertThat(Databases.consortium(db).membership().find(OrganisationNumber.parse("212000-1207")))
        .isEmpty();
    assertThat(Databases.members(db)).isEqualTo(34);
    assertThat(Databases.boardTerms(db)).isEqualTo(1);
  }

  @Test
  void a_bad_dataset_leaves_earlier_imports_unchanged() throws Exception {
    // given
    Cli.run("import", "--data", westum.toString(), "--db", db);
    Path changed = Datasets.westum2016(directory, "changed");
    Datasets.append(
        changed,
        "members.csv",
        "212000-1207;Munkedals kommun;MUNICIPALITY;1430;2010-01-01;",
        "212000-1018;Felnummer kommun;MUNICIPALITY;1430;2010-01-01;");

    // when
    Cli.Result result = Cli.run("import", "--data", changed.toString(), "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("members.csv:37:");
    assertThat(Databases.members(db)).isEqualTo(34);
  }

  @Test
  void a_failure_inside_the_import_rolls_back_every_row_already_written() throws Exception {
    // given the stored Borås fee for 2016 is in SEK, and a dataset that is valid on its own
    // adds a member, then pays Borås's 2016 fee in euros: only the core can see the clash, and
    // the CSV dataset places it
    Cli.run("import", "--data", westum.toString(), "--db", db);
    Path clash = Files.createDirectories(directory.resolve("clash"));
    Datasets.write(
        clash,
        "members.csv",
        "organisation_number;name;kind;covered_municipalities;joined;left",
        "212000-1207;Munkedals kommun;MUNICIPALITY;1430;2010-01-01;",
        "212000-1017;Borås Stad;MUNICIPALITY;1490;2006-01-01;");
    Datasets.write(
        clash,
        "fees.csv",
        "organisation_number;year;amount;currency",
        "212000-1207;2016;9000,00;SEK");
    Datasets.write(
        clash,
        "payments.csv",
        "organisation_number;year;paid_on;amount;currency",
        "212000-1017;2016;2016-05-02;100,00;EUR");

    // when
    Cli.Result result = Cli.run("import", "--data", clash.toString(), "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines())
        .containsExactly(
            "payments.csv:2:5 (currency): member 212000-1017 owes its 2016 fee in SEK, not EUR"
                + " [currency-mismatch]",
            "error: records-refused: 1 problem(s) in the dataset; nothing was imported");
    assertThat(Databases.consortium(db).membership().find(OrganisationNumber.parse("212000-1207")))
        .isEmpty();
    assertThat(Databases.members(db)).isEqualTo(34);
  }

  @Test
  void a_missing_directory_is_one_error_line() {
    // when
    Cli.Result result =
        Cli.run("import", "--data", directory.resolve("nowhere").toString(), "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualToIgnoringNewLines(
            "error: no-such-directory: there is no directory " + directory.resolve("nowhere"));
  }

  @Test
  void the_rfc4180_dialect_rejects_the_semicolon_files_of_excel_sv() {
    // when
    Cli.Result result =
        Cli.run("import", "--data", westum.toString(), "--dialect", "rfc4180", "--db", db);

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("members.csv:1:");
  }
}
