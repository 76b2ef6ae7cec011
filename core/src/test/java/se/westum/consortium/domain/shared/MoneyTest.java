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
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MoneyTest {

  @Test
  void amounts_are_kept_with_two_decimals() {
    assertThat(Money.of("12500", "SEK").amount()).isEqualByComparingTo("12500.00");
    assertThat(Money.of("12500", "SEK").amount().scale()).isEqualTo(2);
    assertThat(Money.of("1.5", "EUR")).hasToString("1.50 EUR");
  }

  @Test
  void an_absurd_exponent_is_refused_before_any_arithmetic() {
    // when / then
    for (String absurd : new String[] {"1E+2147483647", "1E-2147483647", "-9E+999999999"}) {
      assertThatThrownBy(() -> Money.of(absurd, "EUR"))
          .isInstanceOf(DomainException.class)
          .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(Money.OUT_OF_RANGE))
          .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }
  }

  @Test
  void a_third_decimal_is_refused_rather_than_rounded_silently() {
    assertThatThrownBy(() -> Money.of("1.005", "EUR"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("more than two decimals");
  }

  @Test
  void currencies_are_never_mixed() {
    assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "SEK")))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("currency-mismatch");
  }

  @Test
  void unsupported_currencies_are_refused() {
    assertThatThrownBy(() -> Money.of("1", "USD")).hasMessageContaining("USD");
  }

  @Test
  void a_sum_of_money_equals_the_sum_of_its_amounts_in_any_order() {
    qt().forAll(lists().of(integers().between(0, 10_000_000)).ofSizeBetween(0, 50))
        .check(
            cents -> {
              Money forward = Money.zero(Money.currency("SEK"));
              for (int c : cents) {
                forward = forward.plus(new Money(BigDecimal.valueOf(c, 2), Money.currency("SEK")));
              }
              Money backward = Money.zero(Money.currency("SEK"));
              for (int i = cents.size() - 1; i >= 0; i--) {
                backward =
                    backward.plus(
                        new Money(BigDecimal.valueOf(cents.get(i), 2), Money.currency("SEK")));
              }
              long total = cents.stream().mapToLong(Integer::longValue).sum();
              return forward.equals(backward)
                  && forward.amount().compareTo(BigDecimal.valueOf(total, 2)) == 0;
            });
  }

  @Test
  void percentages_are_rounded_half_up_to_one_decimal_and_never_negative() {
    assertThat(Percentage.of(39, 55).value()).isEqualByComparingTo("70.9");
    assertThat(Percentage.of(1, 8).value()).isEqualByComparingTo("12.5");
    assertThat(Percentage.of(5, 0).value()).isEqualByComparingTo("0.0");
    assertThatThrownBy(() -> new Percentage(new BigDecimal("-0.1")))
        .isInstanceOf(DomainException.class);
  }
}
