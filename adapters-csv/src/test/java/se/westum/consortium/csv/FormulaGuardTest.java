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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FormulaGuardTest {

  @ParameterizedTest(name = "a text starting with code point {0}")
  @ValueSource(chars = {'=', '+', '-', '@', '\t', '\r'})
  void a_text_starting_with_a_formula_character_gets_a_leading_quote(char start) {
    // given
    String text = start + "SUM(A1:A9)";

    // when
    String cell = FormulaGuard.neutralise(text);

    // then
    assertThat(cell).isEqualTo("'" + text);
  }

  @Test
  void a_text_starting_with_a_quote_gets_one_more_so_import_keeps_it() {
    assertThat(FormulaGuard.neutralise("'Skövde")).isEqualTo("''Skövde");
    assertThat(FormulaGuard.restore("''Skövde")).isEqualTo("'Skövde");
  }

  @Test
  void other_text_is_written_as_it_is() {
    assertThat(FormulaGuard.neutralise("Skövde = bäst")).isEqualTo("Skövde = bäst");
    assertThat(FormulaGuard.neutralise("")).isEmpty();
  }

  @Test
  void a_quote_before_an_ordinary_character_is_kept_on_import() {
    assertThat(FormulaGuard.restore("'Skövde")).isEqualTo("'Skövde");
    assertThat(FormulaGuard.restore("'")).isEqualTo("'");
  }

  @Test
  void restore_undoes_neutralise_for_every_text() {
    qt().forAll(
            Generate.pick(List.of("", "=", "+", "-", "@", "\t", "\r", "'", "''", "'="))
                .zip(strings().allPossible().ofLengthBetween(0, 10), String::concat))
        .check(text -> FormulaGuard.restore(FormulaGuard.neutralise(text)).equals(text));
  }

  @Test
  void a_neutralised_cell_never_starts_with_a_formula_character() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 10))
        .check(
            text -> {
              String cell = FormulaGuard.neutralise(text);
              return cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0;
            });
  }
}
