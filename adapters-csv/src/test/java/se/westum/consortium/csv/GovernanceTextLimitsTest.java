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
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.testing.InMemoryStorage;

/**
 * Every free-text cell of the governance files refuses a NUL, an ESC and a text of 1 MB at its
 * file, line and column, with the value shown escaped and cut, and nothing is written. The rule is
 * the core's {@code Texts}; the cell reaches it through the record's constructor.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GovernanceTextLimitsTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("se.westum.consortium.csv.GovernanceTextCell#all")
  void a_hostile_text_is_refused_at_its_cell_and_nothing_is_written(
      GovernanceTextCell cell, String what, String value) {
    // given
    DatasetFolder.in(dir).excelSv(cell.file(), cell.header(), cell.rowWith(value));
    InMemoryStorage storage = new InMemoryStorage();
    Consortium consortium = Consortium.builder().storage(storage).build();

    // when
    CsvImportException refused =
        catchThrowableOfType(
            CsvImportException.class,
            () ->
                consortium
                    .governance()
                    .importDataset(CsvDatasets.reader(CsvDialect.EXCEL_SV).readGovernance(dir)));

    // then
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.file()).isEqualTo(cell.file());
              assertThat(problem.line()).isEqualTo(2);
              assertThat(problem.column()).isEqualTo(cell.column());
              assertThat(problem.columnName()).isEqualTo(cell.columnName());
              assertThat(problem.reason())
                  .containsAnyOf("control character", "characters, not")
                  .doesNotContain("\u0000", "\u001b")
                  .hasSizeLessThan(300);
            });
    assertThat(storage.boardTerms().all()).isEmpty();
    assertThat(consortium.governance().meetings(2016)).isEmpty();
    assertThat(consortium.governance().goals(2016)).isEmpty();
    assertThat(consortium.governance().events(2016)).isEmpty();
  }
}
