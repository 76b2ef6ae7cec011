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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IdentifiersTest {

  private static ValidationException.FieldError refusal(String value) {
    try {
      Identifiers.check("meeting id", value);
    } catch (ValidationException e) {
      return e.errors().get(0);
    }
    throw new AssertionError("the id was accepted: " + value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"KOBRA", "EP15-L027", "2016.1", "_draft", "a", "Styrelse_2016-03"})
  void letters_digits_dots_hyphens_and_underscores_make_an_id(String id) {
    assertThat(Identifiers.check("meeting id", id)).isEqualTo(id);
  }

  @Test
  void an_id_has_at_most_40_characters() {
    assertThat(Identifiers.check("meeting id", "x".repeat(Limits.ID))).hasSize(Limits.ID);
    assertThat(refusal("x".repeat(Limits.ID + 1)).code()).isEqualTo(Identifiers.INVALID_ID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"=cmd", "-x", "+x", "@x", "=HYPERLINK(\"x\")", "-2+3"})
  void an_id_a_spreadsheet_could_read_as_a_formula_is_refused(String id) {
    // when
    ValidationException.FieldError error = refusal(id);

    // then
    assertThat(error.field()).isEqualTo("meeting_id");
    assertThat(error.code()).isEqualTo(Identifiers.INVALID_ID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a b", "a/b", "å", "a\u0000b", "a\u001bb", "a\nb"})
  void an_id_with_other_characters_is_refused(String id) {
    assertThat(refusal(id).code()).isEqualTo(Identifiers.INVALID_ID);
  }

  @Test
  void a_1_mb_id_with_control_characters_is_refused_with_a_short_escaped_message() {
    // when
    String message = refusal("\u001b[2J" + "x".repeat(1 << 20)).message();

    // then
    assertThat(message).contains("'\\u001b[2J").contains("(1048580 characters)");
    assertThat(message).hasSizeLessThan(200);
    assertThat(message.chars()).noneMatch(Character::isISOControl);
  }
}
