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

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExportCommandTest {

  private static final String PROJECT_COUNTS =
      "3 programmes, 4 projects, 34 partners, 8 groups, 3 activities, 3 indicators,"
          + " 1 mobility grant, 89 mobilities";

  @TempDir Path directory;

  @ParameterizedTest
  @ValueSource(strings = {"excel-sv", "rfc4180"})
  void export_then_import_into_a_fresh_database_gives_the_same_figures(String dialect)
      throws Exception {
    // given
    String original = Cli.h2File(directory.resolve("original"));
    String copy = Cli.h2File(directory.resolve("copy"));
    Path westum = Datasets.westum2016(directory, "westum-2016");
    Path exported = directory.resolve("exported");
    Cli.run("import", "--data", westum.toString(), "--db", original);

    // when
    Cli.Result export =
        Cli.run("export", "--out", exported.toString(), "--dialect", dialect, "--db", original);
    Cli.Result reimport =
        Cli.run("import", "--data", exported.toString(), "--dialect", dialect, "--db", copy);

    // then
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(export.out())
        .contains("Exported 34 members")
        .contains("1 board term, 15 meetings, 26 decisions, 4 goals, 9 events");
    for (String file : BundledDataset.FILES) {
      assertThat(exported.resolve(file)).exists();
    }
    assertThat(reimport.exitCode()).as(reimport.err()).isZero();
    assertThat(reimport.out())
        .contains(
            "34 members (34 new, 0 changed, 0 unchanged), 67 fees (67 new, 0 changed, 0 unchanged), 67 payments (67 new, 0 changed, 0 unchanged)")
        .contains("1 board term (1 new, 0 changed, 0 unchanged), 15 meetings (15 new, 0 changed,")
        .contains("3 staff members (3 new, 0 changed, 0 unchanged)");
    assertThat(figures(copy)).isEqualTo(figures(original)).contains("\"payingMembers\":31");
    assertThat(governance(copy))
        .isEqualTo(governance(original))
        .contains("\"members\":8", "\"boardSessions\":9", "\"peopleAtEvents\":32");
  }

  @ParameterizedTest
  @ValueSource(strings = {"excel-sv", "rfc4180"})
  void export_then_import_gives_the_same_projects_and_budget_figures(String dialect)
      throws Exception {
    // given
    String original = Cli.h2File(directory.resolve("original"));
    String copy = Cli.h2File(directory.resolve("copy"));
    Path exported = directory.resolve("exported");
    Cli.run("import", "--data", Datasets.westum2016(directory, "in").toString(), "--db", original);

    // when
    Cli.Result export =
        Cli.run("export", "--out", exported.toString(), "--dialect", dialect, "--db", original);
    Cli.Result reimport =
        Cli.run("import", "--data", exported.toString(), "--dialect", dialect, "--db", copy);

    // then
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(export.out()).contains(PROJECT_COUNTS);
    for (String file : BundledDataset.PROJECT_FILES) {
      assertThat(exported.resolve(file)).exists();
    }
    assertThat(reimport.exitCode()).as(reimport.err()).isZero();
    assertThat(reimport.out())
        .contains("projects:   3 programmes (3 new, 0 changed, 0 unchanged), 4 projects (4 new,")
        .contains("8 working groups (8 new, 0 changed, 0 unchanged)")
        .contains("89 mobilities (89 new, 0 changed, 0 unchanged)");
    for (String day : new String[] {"2016-12-31", "2017-03-31"}) {
      assertThat(budget(copy, day)).isEqualTo(budget(original, day)).contains("budgetUsedPercent");
    }
    assertThat(budget(copy, "2016-12-31")).contains("\"budgetUsedPercent\":\"21.0\"");
    assertThat(budget(copy, "2017-03-31")).contains("\"budgetUsedPercent\":\"57.0\"");
    assertThat(projects(copy))
        .isEqualTo(projects(original))
        .contains("Företagsbesök av kompetensmäklarna: 325");
  }

  @Test
  void the_exported_staff_and_board_keep_their_names_for_the_annual_report() throws Exception {
    // given
    String db = Cli.h2File(directory);
    Cli.run("import", "--data", Datasets.westum2016(directory, "in").toString(), "--db", db);
    Path out = directory.resolve("out");

    // when
    Cli.Result result = Cli.run("export", "--out", out.toString(), "--db", db);

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(out.resolve("board.csv"))).contains("Anders Brunberg");
    assertThat(Files.readString(out.resolve("staff.csv"))).contains("Rebecka Hellman");
    assertThat(Files.readString(out.resolve("event_participants.csv"))).contains("T-032");
  }

  @Test
  void export_writes_the_excel_sv_dialect_by_default() throws Exception {
    // given
    String db = Cli.h2File(directory);
    Cli.run("import", "--data", Datasets.westum2016(directory, "in").toString(), "--db", db);
    Path out = directory.resolve("out");

    // when
    Cli.Result result = Cli.run("export", "--out", out.toString(), "--db", db);

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    byte[] members = Files.readAllBytes(out.resolve("members.csv"));
    assertThat(new String(members, 0, 3, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("\u00EF\u00BB\u00BF");
    assertThat(Files.readString(out.resolve("members.csv"))).contains("organisation_number;name");
  }

  private static String figures(String db) {
    return Cli.run("members", "--year", "2016", "--county", "14,13", "--format", "json", "--db", db)
        .out();
  }

  private static String budget(String db, String day) {
    return Cli.run("budget", "--project", "EPLUS-2015", "--at", day, "--format", "json", "--db", db)
        .out();
  }

  private static String projects(String db) {
    // the text: it shows partners, groups, activities and indicators too
    return Cli.run("projects", "--year", "2016", "--db", db).out();
  }

  private static String governance(String db) {
    return Cli.run("governance", "--year", "2016", "--format", "json", "--db", db).out();
  }
}
