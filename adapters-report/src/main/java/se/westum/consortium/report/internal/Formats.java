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
package se.westum.consortium.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import se.westum.consortium.domain.report.ReportLanguage;

/**
 * Numbers, percentages, amounts and dates written the way a reader of the language expects: Swedish
 * {@code 1 234,5}, {@code 20–21 april 2016}; English {@code 1,234.5}, {@code 20–21 April 2016}.
 *
 * <p>The Swedish digit-group separator is a no-break space (U+00A0), so a number never breaks
 * across lines; the minus sign is the ASCII hyphen-minus in both languages, so figures can be
 * searched and copied. Immutable and thread-safe.
 */
public final class Formats {

  /** U+00A0, between digit groups in Swedish and between a Swedish number and its unit. */
  public static final char NO_BREAK_SPACE = '\u00a0';

  private static final char EN_DASH = '\u2013';

  private final ReportLanguage language;
  private final DecimalFormatSymbols symbols;
  private final DateTimeFormatter dayMonthYear;
  private final DateTimeFormatter dayMonth;

  private Formats(ReportLanguage language) {
    this.language = language;
    this.symbols = new DecimalFormatSymbols(language.locale());
    if (language == ReportLanguage.SV) {
      symbols.setGroupingSeparator(NO_BREAK_SPACE);
      symbols.setDecimalSeparator(',');
    } else {
      symbols.setGroupingSeparator(',');
      symbols.setDecimalSeparator('.');
    }
    symbols.setMinusSign('-');
    this.dayMonthYear = DateTimeFormatter.ofPattern("d MMMM uuuu", language.locale());
    this.dayMonth = DateTimeFormatter.ofPattern("d MMMM", language.locale());
  }

  /** The formats of a language. */
  public static Formats of(ReportLanguage language) {
    return new Formats(Objects.requireNonNull(language, "language"));
  }

  /** The language these formats follow. */
  public ReportLanguage language() {
    return language;
  }

  /** A whole number with digit groups: {@code 1 234} / {@code 1,234}. */
  public String number(long value) {
    return pattern("#,##0", 0).format(value);
  }

  /**
   * A decimal number with digit groups, as many decimals as it has after trailing zeros are dropped
   * (at most {@code maxDecimals}, rounded half-up): {@code 1 234,5} / {@code 1,234.5}.
   */
  public String number(BigDecimal value, int maxDecimals) {
    BigDecimal rounded = value.setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
    int scale = Math.max(0, rounded.scale());
    return pattern("#,##0", scale).format(rounded);
  }

  /**
   * A percentage rounded half-up to whole percent: Swedish {@code 39 %} (no-break space before the
   * sign, as Swedish typography wants), English {@code 39%}.
   */
  public String percent(BigDecimal percent) {
    String digits = number(percent, 0);
    return language == ReportLanguage.SV ? digits + NO_BREAK_SPACE + "%" : digits + "%";
  }

  /**
   * An amount with two decimals and its currency code: {@code 1 234,50 EUR} / {@code EUR 1,234.50}.
   */
  public String money(BigDecimal amount, String currency) {
    String digits = pattern("#,##0", 2).format(amount.setScale(2, RoundingMode.UNNECESSARY));
    return language == ReportLanguage.SV
        ? digits + NO_BREAK_SPACE + currency
        : currency + NO_BREAK_SPACE + digits;
  }

  /** A date: {@code 20 april 2016} / {@code 20 April 2016}. */
  public String date(LocalDate date) {
    return dayMonthYear.format(date);
  }

  /**
   * A period, sharing what its ends share: {@code 20–21 april 2016}, {@code 30 april–2 maj 2016},
   * {@code 30 december 2016–2 januari 2017}; a one-day period is its date.
   */
  public String period(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("a period ends on or after its first day");
    }
    if (first.equals(last)) {
      return date(first);
    }
    if (first.getYear() != last.getYear()) {
      return date(first) + EN_DASH + date(last);
    }
    if (first.getMonth() != last.getMonth()) {
      return dayMonth.format(first) + EN_DASH + date(last);
    }
    return first.getDayOfMonth() + "" + EN_DASH + date(last);
  }

  /** A date as ISO 8601 ({@code 2016-12-31}), the form the seed uses for the fiscal year. */
  public String isoDate(LocalDate date) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
  }

  // DecimalFormat is not thread-safe: a fresh one per call keeps Formats shareable
  private DecimalFormat pattern(String integerPart, int decimals) {
    DecimalFormat format =
        new DecimalFormat(decimals == 0 ? integerPart : integerPart + "." + "0".repeat(decimals));
    format.setDecimalFormatSymbols(symbols);
    format.setRoundingMode(RoundingMode.HALF_UP);
    format.setParseBigDecimal(true);
    return format;
  }
}
