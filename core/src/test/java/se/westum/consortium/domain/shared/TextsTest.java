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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TextsTest {

  private static ValidationException.FieldError refusal(Runnable check) {
    try {
      check.run();
    } catch (ValidationException e) {
      return e.errors().get(0);
    }
    throw new AssertionError("the text was accepted");
  }

  @Test
  void a_text_is_stripped() {
    assertThat(Texts.required("name", "  Borås Stad \t", Limits.NAME)).isEqualTo("Borås Stad");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bo\u0000rås", "Bo\u001b[31mrås", "Bo\nrås", "Bo\trås", "Bo\u2028rås"})
  void a_one_line_text_refuses_control_characters_naming_the_position(String text) {
    // when
    ValidationException.FieldError error = refusal(() -> Texts.required("name", text, Limits.NAME));

    // then
    assertThat(error.field()).isEqualTo("name");
    assertThat(error.code()).isEqualTo(Texts.CONTROL_CHARACTER);
    assertThat(error.message()).contains("at position 3");
    assertThat(error.message().chars()).noneMatch(Character::isISOControl);
  }

  @Test
  void a_multiline_text_allows_tab_and_line_breaks_but_no_other_control_character() {
    // when / then
    assertThat(Texts.multiline("subject", "one\r\ntwo\tthree", Limits.TEXT))
        .isEqualTo("one\r\ntwo\tthree");
    assertThat(refusal(() -> Texts.multiline("subject", "one\u0000two", Limits.TEXT)).code())
        .isEqualTo(Texts.CONTROL_CHARACTER);
    assertThat(refusal(() -> Texts.multiline("subject", "one\u001btwo", Limits.TEXT)).code())
        .isEqualTo(Texts.CONTROL_CHARACTER);
  }

  @Test
  void a_text_longer_than_its_limit_is_refused_with_its_length() {
    // when
    ValidationException.FieldError error =
        refusal(() -> Texts.required("name", "x".repeat(Limits.NAME + 1), Limits.NAME));

    // then
    assertThat(error.code()).isEqualTo(Texts.INVALID_LENGTH);
    assertThat(error.message()).isEqualTo("a name has 1 to 200 characters, not 201");
  }

  @Test
  void a_text_of_1_mb_is_refused_without_echoing_it() {
    // when
    ValidationException.FieldError error =
        refusal(() -> Texts.required("place", "\u0000".repeat(1 << 20), Limits.NAME));

    // then
    assertThat(error.code()).isEqualTo(Texts.INVALID_LENGTH);
    assertThat(error.message()).hasSizeLessThan(100);
  }

  @Test
  void a_text_of_exactly_its_limit_is_accepted() {
    assertThat(Texts.required("name", "x".repeat(Limits.NAME), Limits.NAME)).hasSize(Limits.NAME);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t\n"})
  void a_blank_text_is_refused(String text) {
    assertThat(refusal(() -> Texts.required("organisation", text, Limits.NAME)).message())
        .isEqualTo("an organisation has 1 to 200 characters");
  }

  @Test
  void a_control_character_is_shown_escaped_in_the_message() {
    // when
    String message = refusal(() -> Texts.required("name", "a\u001b[2Jb", Limits.NAME)).message();

    // then
    assertThat(message).contains("U+001B").contains("'a\\u001b[2Jb'");
  }

  @Test
  void a_text_is_required() {
    assertThatThrownBy(() -> Texts.required("name", null, Limits.NAME))
        .isInstanceOf(NullPointerException.class);
  }
}
