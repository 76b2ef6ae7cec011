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
import static se.westum.consortium.csv.DatasetFolder.BORAS;
import static se.westum.consortium.csv.DatasetFolder.BORAS_ROW;
import static se.westum.consortium.csv.DatasetFolder.FEES_HEADER;
import static se.westum.consortium.csv.DatasetFolder.MEMBERS_HEADER;
import static se.westum.consortium.csv.DatasetFolder.PAYMENTS_HEADER;

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
 * Every cell of every membership file, given a NUL, an ESC or a value of 1 MB, is refused at its
 * file, line and column, with a message that shows the value escaped and cut, and nothing is
 * written.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MembershipHostileCellsTest {

  private static final String FEE_ROW = BORAS + ";2016;12500,00;SEK";
  private static final String PAYMENT_ROW = BORAS + ";2016;2016-03-01;12500,00;SEK";

  @TempDir Path dir;

  private final InMemoryStorage storage = new InMemoryStorage();
  private final Consortium consortium = Consortium.builder().storage(storage).build();

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    String[][] files = {
      {"members.csv", MEMBERS_HEADER, BORAS_ROW},
      {"fees.csv", FEES_HEADER, FEE_ROW},
      {"payments.csv", PAYMENTS_HEADER, PAYMENT_ROW}
    };
    String[][] hostile = {{"NUL", "\u0000"}, {"ESC", "\u001b[2J"}, {"1 MB", "x".repeat(1 << 20)}};
    for (String[] file : files) {
      String[] columns = file[1].split(";", -1);
      for (int column = 0; column < columns.length; column++) {
        for (String[] value : hostile) {
          cells.add(
              Arguments.of(file[0], columns[column], column + 1, value[0], value[1], file[2]));
        }
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} {1}: {3}")
  @MethodSource("cells")
  void a_hostile_cell_is_refused_at_its_file_line_and_column_and_nothing_is_written(
      String file, String columnName, int column, String what, String value, String goodRow) {
    // given: a valid dataset whose one cell holds the value, in the middle of what was there
    String[] cells = goodRow.split(";", -1);
    String cell = cells[column - 1];
    cells[column - 1] =
        cell.substring(0, cell.length() / 2) + value + cell.substring(cell.length() / 2);
    String row = String.join(";", Arrays.asList(cells));
    DatasetFolder folder = DatasetFolder.in(dir).excelSv("members.csv", MEMBERS_HEADER, BORAS_ROW);
    switch (file) {
      case "members.csv" -> folder.excelSv(file, MEMBERS_HEADER, row);
      case "fees.csv" -> folder.excelSv(file, FEES_HEADER, row);
      default -> folder.excelSv(file, PAYMENTS_HEADER, row);
    }

    // when
    CsvImportException thrown =
        catchThrowableOfType(
            CsvImportException.class,
            () ->
                consortium
                    .membership()
                    .importDataset(CsvDatasets.reader(CsvDialect.EXCEL_SV).readMembership(dir)));

    // then
    assertThat(thrown).as("refused").isNotNull();
    assertThat(thrown.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo(file);
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.column()).isEqualTo(column);
              assertThat(p.columnName()).isEqualTo(columnName);
            });
    assertThat(thrown.problems())
        .allSatisfy(
            p -> {
              assertThat(p.reason()).hasSizeLessThan(400);
              assertThat(p.reason().chars()).noneMatch(Character::isISOControl);
            });
    assertThat(thrown.getMessage()).hasSizeLessThan(2_000);
    assertThat(storage.memberCount()).isZero();
  }
}
