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

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BoundsTest {

  private static ValidationException.FieldError refusal(Runnable check) {
    try {
      check.run();
    } catch (ValidationException e) {
      return e.errors().get(0);
    }
    throw new AssertionError("the value was accepted");
  }

  private static BigDecimal money(String value) {
    return Bounds.decimal(
        "amount", new BigDecimal(value), Limits.MONEY_INTEGER_DIGITS, Limits.MONEY_SCALE);
  }

  @Test
  void the_largest_amount_a_column_holds_is_returned_as_it_is() {
    assertThat(money("999999999999.99")).isEqualTo(new BigDecimal("999999999999.99"));
  }

  @Test
  void trailing_zeros_are_no_decimals() {
    assertThat(money("12.5000")).isEqualTo(new BigDecimal("12.5000"));
  }

  @Test
  void one_integer_digit_more_than_stored_is_refused_not_rounded() {
    // when
    ValidationException.FieldError error = refusal(() -> money("1000000000000"));

    // then
    assertThat(error.field()).isEqualTo("amount");
    assertThat(error.code()).isEqualTo(Bounds.TOO_MANY_DIGITS);
    assertThat(error.message()).contains("at most 12 digits");
  }

  @Test
  void one_decimal_more_than_stored_is_refused_not_rounded() {
    // when
    ValidationException.FieldError error =
        refusal(
            () ->
                Bounds.decimal(
                    "target",
                    new BigDecimal("79.95"),
                    Limits.PERCENT_INTEGER_DIGITS,
                    Limits.PERCENT_SCALE));

    // then
    assertThat(error.code()).isEqualTo(Bounds.TOO_MANY_DECIMALS);
    assertThat(error.message()).isEqualTo("the target has at most 1 decimals: '79.95'");
  }

  @ParameterizedTest
  @ValueSource(ints = {Limits.FIRST_YEAR, 2016, Limits.LAST_YEAR})
  void a_year_in_range_is_accepted(int year) {
    assertThat(Bounds.year("year", year)).isEqualTo(year);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, Limits.FIRST_YEAR - 1, Limits.LAST_YEAR + 1, -2016})
  void a_year_out_of_range_is_refused(int year) {
    // when
    ValidationException.FieldError error = refusal(() -> Bounds.year("year", year));

    // then
    assertThat(error.code()).isEqualTo(Bounds.YEAR_OUT_OF_RANGE);
    assertThat(error.message())
        .isEqualTo("the year must lie in the years 1900 to 2100, not " + year);
  }

  @Test
  void a_date_in_year_0001_is_refused_and_the_last_day_of_2100_accepted() {
    assertThat(refusal(() -> Bounds.date("paidOn", LocalDate.of(1, 1, 1))).code())
        .isEqualTo(Bounds.YEAR_OUT_OF_RANGE);
    assertThat(Bounds.date("paidOn", LocalDate.of(2100, 12, 31)))
        .isEqualTo(LocalDate.of(2100, 12, 31));
    assertThat(refusal(() -> Bounds.date("paidOn", LocalDate.of(2101, 1, 1))).field())
        .isEqualTo("paidOn");
  }

  @Test
  void a_count_lies_between_its_minimum_and_the_largest_count() {
    assertThat(Bounds.count("places", Limits.COUNT, 1)).isEqualTo(Limits.COUNT);
    assertThat(refusal(() -> Bounds.count("places", 0, 1)).code())
        .isEqualTo(Bounds.COUNT_OUT_OF_RANGE);
    assertThat(refusal(() -> Bounds.count("places", Limits.COUNT + 1, 1)).message())
        .isEqualTo("the places is 1 to 1000000, not 1000001");
  }
}
