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
package se.westum.consortium.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.testing.InMemoryStorage;
import se.westum.consortium.testing.ProjectLists;

/**
 * {@link CsvDatasetReader#readProjectsInOnePass}: {@code mobilities.csv} is read once, its rows
 * checked as the import streams them, with the same problems at the same lines and columns as the
 * two-pass {@link CsvDatasetReader#readProjects}, and nothing written when a row is bad. Real files
 * in a temporary folder, imported into the in-memory storage.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OnePassMobilitiesTest {

  private static final String HEADER =
      "id;project;participant;category;sending_organisation;sending_city;sending_country;"
          + "sending_latitude;sending_longitude;receiving_organisation;receiving_city;"
          + "receiving_country;receiving_latitude;receiving_longitude;start;end;travel_days;"
          + "green_travel;fewer_opportunities;course_days;status;sending_member";

  @TempDir Path dir;

  private final CsvDatasetReader reader = CsvDatasets.reader(CsvDialect.EXCEL_SV);

  /** A valid mobility row with its id, travel days and receiving latitude. */
  private static String row(String id, String travelDays, String latitude) {
    return id
        + ";EPLUS;L-"
        + id
        + ";LEARNER;Lärcentrum Skövde;Skövde;SE;58,3903;13,8451;Hotell Málaga;Málaga;ES;"
        + latitude
        + ";-4,4214;2015-10-05;2015-10-18;"
        + travelDays
        + ";false;false;0;COMPLETED;";
  }

  /** The valid folder of {@link ProjectProblemsTest} with these mobility rows. */
  private DatasetFolder mobilities(String... rows) {
    return DatasetFolder.in(dir)
        .excelSv(
            "programmes.csv",
            ProjectProblemsTest.PROGRAMMES,
            "ERASMUS-KA1;Erasmus+ KA1;ERASMUS_PLUS_KA1")
        .excelSv(
            "projects.csv",
            ProjectProblemsTest.PROJECTS,
            "EPLUS;Erasmus+ 2015;ERASMUS-KA1;2015-06-01;2017-05-31;Westum;RUNNING;;")
        .excelSv(
            "mobility_grants.csv", ProjectProblemsTest.GRANTS, ProjectProblemsTest.LEARNER_GRANT)
        .excelSv("mobilities.csv", linesOf(rows));
  }

  private static String[] linesOf(String... rows) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.addAll(List.of(rows));
    return lines.toArray(String[]::new);
  }

  @Test
  void bad_rows_are_reported_by_the_import_at_their_lines_and_columns_and_nothing_is_written() {
    // given
    mobilities(
        row("M-1", "2", "36,7213"),
        row("M-2", "9", "36,7213"),
        row("M-3", "2", "36,7213"),
        row("M-4", "2", "36.7213"));
    InMemoryStorage storage = new InMemoryStorage();
    Consortium consortium = Consortium.builder().storage(storage).build();

    // when
    CsvImportException thrown =
        catchThrowableOfType(
            CsvImportException.class,
            () -> consortium.projects().importDataset(reader.readProjectsInOnePass(dir)));

    // then
    assertThat(thrown).as("the import is refused").isNotNull();
    assertThat(thrown.problems())
        .satisfiesExactly(
            problem(3, 17, "travel_days", "travel days are 0 to 4"),
            problem(5, 13, "receiving_latitude", "the excel-sv dialect uses a decimal ','"));
    assertThat(storage.projects().all()).as("nothing is written").isEmpty();
    assertThat(storage.mobilities().ofProject(new ProjectId("EPLUS")))
        .as("no mobility is written")
        .isEmpty();
  }

  @Test
  void the_one_pass_import_reports_the_problems_that_the_two_pass_read_reports() {
    // given
    mobilities(
        row("M-1", "x", "36,7213"),
        "M-2;EPLUS;L-2;LEARNER",
        row("M-3", "2", "95,0"),
        row("M-4", "2", "36,7213"));

    // when
    List<CsvProblem> twoPasses =
        catchThrowableOfType(CsvImportException.class, () -> reader.readProjects(dir)).problems();
    List<CsvProblem> onePass =
        catchThrowableOfType(
                CsvImportException.class,
                () ->
                    Consortium.builder()
                        .storage(new InMemoryStorage())
                        .build()
                        .projects()
                        .importDataset(reader.readProjectsInOnePass(dir)))
            .problems();

    // then
    assertThat(onePass).hasSize(3).isEqualTo(twoPasses);
  }

  @Test
  void with_a_problem_in_another_file_the_read_itself_reports_the_mobilities_problems_too() {
    // given
    mobilities(row("M-1", "9", "36,7213"))
        .excelSv(
            "projects.csv",
            ProjectProblemsTest.PROJECTS,
            "EPLUS;E;ERASMUS-KA1;2015-06-01;2017-05-31;W;ENDED;;");

    // when
    CsvImportException thrown =
        catchThrowableOfType(CsvImportException.class, () -> reader.readProjectsInOnePass(dir));

    // then
    assertThat(thrown.problems())
        .satisfiesExactly(
            p -> assertThat(p.file()).isEqualTo("projects.csv"),
            problem(2, 17, "travel_days", "travel days are 0 to 4"));
  }

  @Test
  void a_header_without_a_required_column_is_reported_by_the_read() {
    // given
    mobilities().excelSv("mobilities.csv", HEADER.replace(";status", ""), "M-1;EPLUS");

    // when
    CsvImportException thrown =
        catchThrowableOfType(CsvImportException.class, () -> reader.readProjectsInOnePass(dir));

    // then
    assertThat(thrown).as("refused before the import").isNotNull();
    assertThat(thrown.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("mobilities.csv");
              assertThat(p.reason()).contains("status");
            });
  }

  @Test
  void a_valid_file_gives_the_records_and_the_summary_of_the_two_pass_read() {
    // given
    mobilities(row("M-1", "2", "36,7213"), row("M-2", "0", "36,7"), row("M-3", "4", "-36,72"));

    // when
    ProjectLists onePass = ProjectLists.of(reader.readProjectsInOnePass(dir));
    ProjectLists twoPasses = ProjectLists.of(reader.readProjects(dir));
    ImportSummary imported =
        Consortium.builder()
            .storage(new InMemoryStorage())
            .build()
            .projects()
            .importDataset(reader.readProjectsInOnePass(dir));

    // then
    assertThat(onePass.mobilityList()).hasSize(3).isEqualTo(twoPasses.mobilityList());
    assertThat(imported.kinds())
        .filteredOn(kind -> kind.kind().equals("mobility"))
        .singleElement()
        .satisfies(kind -> assertThat(kind.added()).isEqualTo(3));
  }

  private static Consumer<CsvProblem> problem(
      long line, int column, String columnName, String reason) {
    return p -> {
      assertThat(p.file()).as("file").isEqualTo("mobilities.csv");
      assertThat(p.line()).as("line").isEqualTo(line);
      assertThat(p.column()).as("column").isEqualTo(column);
      assertThat(p.columnName()).as("column name").isEqualTo(columnName);
      assertThat(p.reason()).as("reason").contains(reason);
    };
  }
}
