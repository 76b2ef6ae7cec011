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
package se.westum.consortium.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ShownTest {

  @Test
  void a_plain_value_is_shown_quoted_as_it_is() {
    assertThat(Shown.value("Borås Stad")).isEqualTo("'Borås Stad'");
  }

  @Test
  void control_characters_are_escaped_so_they_cannot_drive_a_terminal() {
    // when
    String shown = Shown.value("a\u0000b\u001b[2Jc\nd\re\tf\u200eg");

    // then
    assertThat(shown).isEqualTo("'a\\u0000b\\u001b[2Jc\\nd\\re\\tf\\u200eg'");
    assertThat(shown.chars()).noneMatch(Character::isISOControl);
  }

  @Test
  void a_long_value_is_cut_after_60_characters_and_its_length_said() {
    // when
    String shown = Shown.value("x".repeat(1 << 20));

    // then
    assertThat(shown).isEqualTo("'" + "x".repeat(60) + "'… (1048576 characters)");
  }

  @Test
  void a_value_of_exactly_60_characters_is_shown_whole() {
    assertThat(Shown.value("y".repeat(60))).isEqualTo("'" + "y".repeat(60) + "'");
  }

  @Test
  void a_cut_counts_the_characters_before_escaping() {
    // when: 60 escapes are shown, the 61st character is cut
    String shown = Shown.value("\u0000".repeat(61));

    // then
    assertThat(shown).startsWith("'" + "\\u0000".repeat(60) + "'").endsWith("(61 characters)");
  }

  @Test
  void null_is_shown_as_null() {
    assertThat(Shown.value(null)).isEqualTo("'null'");
  }
}
