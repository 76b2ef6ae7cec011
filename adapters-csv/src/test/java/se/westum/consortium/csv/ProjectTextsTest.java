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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.testing.InMemoryStorage;

/**
 * Every free-text column of the project, mobility and staff files refuses a NUL, an ESC and a value
 * of a million characters at its file, line and column, and the import writes nothing: what the
 * core's texts accept fits every database.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProjectTextsTest {

  private static final String MOBILITY_HEADER =
      "id;project;participant;category;sending_organisation;sending_city;sending_country;"
          + "sending_latitude;sending_longitude;receiving_organisation;receiving_city;"
          + "receiving_country;receiving_latitude;receiving_longitude;start;end;travel_days;"
          + "green_travel;fewer_opportunities;course_days;status;sending_member";
  private static final String MOBILITY_ROW =
      "M-1;EPLUS;L-1;LEARNER;Lärcentrum Skövde;Skövde;SE;58,3903;13,8451;Hotell Málaga;Málaga;ES;"
          + "36,7213;-4,4214;2015-10-05;2015-10-18;2;false;false;0;COMPLETED;";

  /** Each file with a valid row of it. */
  private static final List<String[]> FILES =
      List.of(
          new String[] {"programmes.csv", ProjectProblemsTest.PROGRAMMES, "ERASMUS-KA1;E;OTHER"},
          new String[] {
            "projects.csv",
            ProjectProblemsTest.PROJECTS,
            "EPLUS;E;ERASMUS-KA1;2015-06-01;2017-05-31;Westum;RUNNING;;"
          },
          new String[] {"audits.csv", ProjectProblemsTest.AUDITS, "EPLUS;2016-11-08;UHR;Godkänd"},
          new String[] {
            "partners.csv", ProjectProblemsTest.PARTNERS, "P-1;EPLUS;Gdańsk;PL;PL-1;PARTNER;;false"
          },
          new String[] {
            "working_groups.csv", ProjectProblemsTest.GROUPS, "G-1;EPLUS;Styrgrupp;PROJECT_BOARD;W;"
          },
          new String[] {"activities.csv", ProjectProblemsTest.ACTIVITIES, "A-1;EPLUS;Analys;P-1"},
          new String[] {
            "indicators.csv", ProjectProblemsTest.INDICATORS, "I-1;EPLUS;Besök;besök;0;400"
          },
          new String[] {"mobilities.csv", MOBILITY_HEADER, MOBILITY_ROW},
          new String[] {
            "staff.csv",
            "id;name;role;started;ended;projects",
            "S-1;Anna;projektkoordinator;2016-01-01;;EPLUS"
          });

  /** The free-text columns, by file. */
  private static final List<String[]> TEXT_COLUMNS =
      List.of(
          new String[] {"programmes.csv", "name"},
          new String[] {"projects.csv", "name"},
          new String[] {"projects.csv", "coordinator"},
          new String[] {"audits.csv", "authority"},
          new String[] {"audits.csv", "outcome"},
          new String[] {"partners.csv", "organisation"},
          new String[] {"partners.csv", "national_id"},
          new String[] {"working_groups.csv", "name"},
          new String[] {"working_groups.csv", "organisations"},
          new String[] {"activities.csv", "name"},
          new String[] {"indicators.csv", "name"},
          new String[] {"indicators.csv", "unit"},
          new String[] {"mobilities.csv", "sending_organisation"},
          new String[] {"mobilities.csv", "sending_city"},
          new String[] {"mobilities.csv", "receiving_organisation"},
          new String[] {"mobilities.csv", "receiving_city"},
          new String[] {"staff.csv", "name"},
          new String[] {"staff.csv", "role"});

  @TempDir Path dir;

  static Stream<Arguments> badTexts() {
    List<Arguments> cases = new ArrayList<>();
    for (String[] column : TEXT_COLUMNS) {
      cases.add(Arguments.of(column[0], column[1], "NUL", "Skö\u0000vde", "control character"));
      cases.add(Arguments.of(column[0], column[1], "ESC", "\u001B[31mröd", "control character"));
      cases.add(Arguments.of(column[0], column[1], "1 MB", "x".repeat(1_000_000), "characters"));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("badTexts")
  void a_bad_text_is_refused_at_its_file_line_and_column_and_nothing_is_written(
      String file, String column, String what, String value, String reason) {
    // given
    DatasetFolder folder = DatasetFolder.in(dir);
    int position = 0;
    for (String[] valid : FILES) {
      String row = valid[2];
      if (valid[0].equals(file)) {
        List<String> header = Arrays.asList(valid[1].split(";", -1));
        String[] cells = row.split(";", -1);
        position = header.indexOf(column) + 1;
        cells[position - 1] = value;
        row = String.join(";", cells);
      }
      folder.excelSv(valid[0], valid[1], row);
    }
    InMemoryStorage storage = new InMemoryStorage();
    Consortium consortium = Consortium.builder().storage(storage).build();
    CsvDatasetReader reader = CsvDatasets.reader(CsvDialect.EXCEL_SV);

    // when
    CsvImportException thrown =
        catchThrowableOfType(
            CsvImportException.class,
            () -> consortium.projects().importDataset(reader.readProjects(dir)));

    // then
    int cell = position;
    assertThat(thrown).as("refused").isNotNull();
    assertThat(thrown.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.file()).isEqualTo(file);
              assertThat(problem.line()).isEqualTo(2);
              assertThat(problem.column()).isEqualTo(cell);
              assertThat(problem.columnName()).isEqualTo(column);
              assertThat(problem.reason()).contains(reason).hasSizeLessThan(400);
            });
    assertThat(storage.programmes().all()).isEmpty();
    assertThat(storage.projects().all()).isEmpty();
  }
}
