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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dialect names, problem text and the cap on listed problems. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SmallPartsTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({"rfc4180,RFC4180", "excel-sv,EXCEL_SV", "' Excel-SV ',EXCEL_SV"})
  void a_dialect_is_found_by_its_command_line_name(String name, CsvDialect dialect) {
    assertThat(CsvDialect.fromName(name)).isEqualTo(dialect);
    assertThat(CsvDialect.fromName(dialect.cliName())).isEqualTo(dialect);
  }

  @Test
  void an_unknown_dialect_name_lists_the_valid_names() {
    assertThatThrownBy(() -> CsvDialect.fromName("excel"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown CSV dialect 'excel'; valid dialects: rfc4180, excel-sv");
    assertThatThrownBy(() -> CsvDialect.fromName(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_problem_reads_as_file_line_column_and_reason() {
    assertThat(new CsvProblem("fees.csv", 4, 3, "amount", "bad").toString())
        .isEqualTo("fees.csv line 4, column 3 (amount): bad");
    assertThat(new CsvProblem("fees.csv", 4, 0, "", "bad").toString())
        .isEqualTo("fees.csv line 4: bad");
    assertThat(new CsvProblem("fees.csv", 0, 0, "", "bad").toString()).isEqualTo("fees.csv: bad");
  }

  @Test
  void a_problem_without_a_column_has_no_column_name() {
    assertThatThrownBy(() -> new CsvProblem("fees.csv", 4, 0, "amount", "bad"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CsvProblem("fees.csv", -1, 0, "", "bad"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void problems_beyond_the_cap_of_a_file_are_counted_not_listed() {
    // given
    Problems problems = new Problems(2);

    // when
    for (int line = 1; line <= 5; line++) {
      problems.add(new CsvProblem("members.csv", line, 0, "", "bad"));
    }
    problems.add(new CsvProblem("fees.csv", 1, 0, "", "bad"));

    // then
    assertThat(problems.all())
        .extracting(CsvProblem::file, CsvProblem::line)
        .containsExactly(
            tuple("members.csv", 1L),
            tuple("members.csv", 2L),
            tuple("fees.csv", 1L),
            tuple("members.csv", 0L));
    assertThat(problems.all().get(3).reason()).startsWith("3 more problems in this file");
  }
}
