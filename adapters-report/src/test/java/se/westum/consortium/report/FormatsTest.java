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
package se.westum.consortium.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.report.ReportLanguage;
import se.westum.consortium.report.internal.Formats;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FormatsTest {

  private static final Formats SV = Formats.of(ReportLanguage.SV);
  private static final Formats EN = Formats.of(ReportLanguage.EN);

  /** The Swedish digit-group separator is a no-break space; tests write it as a plain one. */
  private static String nbsp(String text) {
    return text.replace(' ', '\u00a0');
  }

  @Test
  void swedish_numbers_group_digits_with_a_space_and_use_a_decimal_comma() {
    assertThat(SV.number(new BigDecimal("1234.5"), 2)).isEqualTo(nbsp("1 234,5"));
    assertThat(SV.number(1234567)).isEqualTo(nbsp("1 234 567"));
    assertThat(SV.number(-1234)).isEqualTo(nbsp("-1 234"));
  }

  @Test
  void english_numbers_group_digits_with_a_comma_and_use_a_decimal_point() {
    assertThat(EN.number(new BigDecimal("1234.5"), 2)).isEqualTo("1,234.5");
    assertThat(EN.number(1234567)).isEqualTo("1,234,567");
  }

  @Test
  void small_numbers_have_no_separator_and_trailing_zeros_are_dropped() {
    assertThat(SV.number(325)).isEqualTo("325");
    assertThat(SV.number(new BigDecimal("39.10"), 2)).isEqualTo("39,1");
    assertThat(EN.number(new BigDecimal("39.00"), 2)).isEqualTo("39");
    assertThat(EN.number(new BigDecimal("2.345"), 2)).isEqualTo("2.35");
  }

  @Test
  void percentages_round_half_up_to_whole_percent_with_the_language_s_spacing() {
    assertThat(SV.percent(new BigDecimal("39.1"))).isEqualTo(nbsp("39 %"));
    assertThat(SV.percent(new BigDecimal("20.5"))).isEqualTo(nbsp("21 %"));
    assertThat(EN.percent(new BigDecimal("39.1"))).isEqualTo("39%");
  }

  @Test
  void amounts_have_two_decimals_and_their_currency() {
    assertThat(SV.money(new BigDecimal("1234567.5"), "EUR")).isEqualTo(nbsp("1 234 567,50 EUR"));
    assertThat(EN.money(new BigDecimal("1234567.5"), "EUR")).isEqualTo(nbsp("EUR 1,234,567.50"));
  }

  @Test
  void a_period_within_a_month_shares_month_and_year() {
    LocalDate first = LocalDate.of(2016, 4, 20);
    LocalDate last = LocalDate.of(2016, 4, 21);
    assertThat(SV.period(first, last)).isEqualTo("20–21 april 2016");
    assertThat(EN.period(first, last)).isEqualTo("20–21 April 2016");
  }

  @Test
  void a_period_across_months_or_years_names_what_differs() {
    assertThat(SV.period(LocalDate.of(2016, 4, 30), LocalDate.of(2016, 5, 2)))
        .isEqualTo("30 april–2 maj 2016");
    assertThat(EN.period(LocalDate.of(2016, 12, 30), LocalDate.of(2017, 1, 2)))
        .isEqualTo("30 December 2016–2 January 2017");
  }

  @Test
  void a_one_day_period_is_its_date() {
    assertThat(SV.period(LocalDate.of(2016, 10, 20), LocalDate.of(2016, 10, 20)))
        .isEqualTo("20 oktober 2016");
    assertThat(EN.date(LocalDate.of(2017, 2, 28))).isEqualTo("28 February 2017");
  }

  @Test
  void a_period_ending_before_it_starts_is_refused() {
    assertThatThrownBy(() -> SV.period(LocalDate.of(2016, 4, 21), LocalDate.of(2016, 4, 20)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
