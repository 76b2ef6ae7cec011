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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.westum.consortium.domain.shared.internal.Luhn;

/** Laws of the three national id checks: valid numbers pass, any single-digit change fails. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NationalIdPropertiesTest {

  private static final int[] NO_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
  private static final int[] DK_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

  /** Nine-digit payloads of Swedish organisation numbers: first digit 1-9, digits 3-4 >= 20. */
  private static Gen<String> swedishPayloads() {
    return integers()
        .between(1, 9)
        .zip(
            integers().between(0, 9),
            integers().between(20, 99),
            integers().between(0, 99_999),
            (a, b, cd, rest) -> "" + a + b + cd + String.format("%05d", rest));
  }

  private static Gen<String> validSwedish() {
    return swedishPayloads().map(p -> p + Luhn.checkDigit(p));
  }

  private static Gen<String> validNorwegian() {
    return integers()
        .between(80_000_000, 99_999_999)
        .map(n -> Integer.toString(n))
        .assuming(p -> mod11CheckDigit(p) != 10)
        .map(p -> p + mod11CheckDigit(p));
  }

  private static Gen<String> validDanish() {
    return integers()
        .between(1_000_000, 9_999_999)
        .map(n -> Integer.toString(n))
        .assuming(p -> danishLastDigit(p) != 10)
        .map(p -> p + danishLastDigit(p));
  }

  private static int mod11CheckDigit(String payload) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (payload.charAt(i) - '0') * NO_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 11 ? 0 : check;
  }

  private static int danishLastDigit(String payload) {
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (payload.charAt(i) - '0') * DK_WEIGHTS[i];
    }
    return (11 - sum % 11) % 11;
  }

  /** The number with the digit at {@code position} replaced by {@code (digit + delta) mod 10}. */
  private static String changeOneDigit(String number, int position, int delta) {
    char[] chars = number.toCharArray();
    chars[position] = (char) ('0' + (chars[position] - '0' + delta) % 10);
    return new String(chars);
  }

  @Test
  void every_generated_valid_swedish_organisation_number_passes() {
    qt().forAll(validSwedish())
        .check(
            n -> OrganisationNumber.isValid(n) && new NationalId("SE", n).value().length() == 11);
  }

  @Test
  void every_single_digit_change_of_a_swedish_organisation_number_fails() {
    qt().forAll(validSwedish(), integers().between(0, 9), integers().between(1, 9))
        .check(
            (n, position, delta) ->
                !OrganisationNumber.isValid(changeOneDigit(n, position, delta)));
  }

  @Test
  void every_generated_valid_norwegian_organisation_number_passes() {
    qt().forAll(validNorwegian()).check(NationalId::isValidNorwegian);
  }

  @Test
  void every_single_digit_change_of_a_norwegian_organisation_number_fails() {
    qt().forAll(validNorwegian(), integers().between(0, 8), integers().between(1, 9))
        .check(
            (n, position, delta) ->
                !NationalId.isValidNorwegian(changeOneDigit(n, position, delta)));
  }

  @Test
  void every_generated_valid_danish_cvr_number_passes() {
    qt().forAll(validDanish()).check(NationalId::isValidDanish);
  }

  @Test
  void every_single_digit_change_of_a_danish_cvr_number_fails() {
    qt().forAll(validDanish(), integers().between(0, 7), integers().between(1, 9))
        .check(
            (n, position, delta) -> !NationalId.isValidDanish(changeOneDigit(n, position, delta)));
  }

  @Test
  void numbers_worked_by_hand_are_valid_and_normalised() {
    // given numbers whose check digits were worked out by hand from each register's rule
    // when / then
    assertThat(OrganisationNumber.parse("2120001355").value()).isEqualTo("212000-1355");
    assertThat(new NationalId("NO", "974 510 995").value()).isEqualTo("974510995");
    assertThat(NationalId.isValidNorwegian("974510996")).isFalse();
    assertThat(NationalId.isValidDanish("29189625")).isTrue();
  }

  @Test
  void a_personal_identity_number_is_not_an_organisation_number() {
    // given a number whose digits 3-4 are a month (12), with a correct Luhn digit
    String payload = "811218987";
    String personal = payload + Luhn.checkDigit(payload);

    // when / then
    assertThatThrownBy(() -> OrganisationNumber.parse(personal))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("digits 3-4");
  }

  @Test
  void a_wrong_check_digit_is_named_in_the_error() {
    assertThatThrownBy(() -> OrganisationNumber.parse("212000-1356"))
        .hasMessageContaining("check digit")
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("invalid-organisation-number");
  }

  @Test
  void other_countries_ids_are_kept_as_free_text() {
    assertThat(new NationalId("it", " IT12345678901 "))
        .isEqualTo(new NationalId("IT", "IT12345678901"));
    assertThatThrownBy(() -> new NationalId("NO", "123456789")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> new NationalId("DK", "12345678")).isInstanceOf(DomainException.class);
  }
}
