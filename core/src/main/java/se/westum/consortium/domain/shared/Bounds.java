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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The range rules for numbers and dates that every record runs: no silent rounding (a value with
 * more digits or decimals than stored is refused), and years and dates between {@link
 * Limits#FIRST_YEAR} and {@link Limits#LAST_YEAR}.
 */
public final class Bounds {

  /** A decimal with more integer digits than stored. */
  public static final String TOO_MANY_DIGITS = "too-many-digits";

  /** A decimal with more decimals than stored. */
  public static final String TOO_MANY_DECIMALS = "too-many-decimals";

  /** A year outside the supported range. */
  public static final String YEAR_OUT_OF_RANGE = "year-out-of-range";

  /** A count outside the supported range. */
  public static final String COUNT_OUT_OF_RANGE = "count-out-of-range";

  /** A list longer, joined, than its column holds. */
  public static final String LIST_TOO_LONG = "list-too-long";

  private Bounds() {}

  /**
   * Returns {@code value} when it fits {@code integerDigits} digits before and {@code scale} after
   * the decimal point (trailing zeros do not count).
   *
   * @throws ValidationException with code {@link #TOO_MANY_DIGITS} or {@link #TOO_MANY_DECIMALS}
   */
  public static BigDecimal decimal(String field, BigDecimal value, int integerDigits, int scale) {
    Objects.requireNonNull(value, field);
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > scale) {
      throw ValidationException.of(
          field,
          TOO_MANY_DECIMALS,
          "the "
              + field
              + " has at most "
              + scale
              + " decimals: "
              + Shown.value(value.toPlainString()));
    }
    if (stripped.precision() - stripped.scale() > integerDigits) {
      throw ValidationException.of(
          field,
          TOO_MANY_DIGITS,
          "the "
              + field
              + " has at most "
              + integerDigits
              + " digits before the decimal point: "
              + Shown.value(stripped.toEngineeringString()));
    }
    return value;
  }

  /**
   * Returns {@code year} when it lies between {@link Limits#FIRST_YEAR} and {@link
   * Limits#LAST_YEAR}.
   *
   * @throws ValidationException with code {@link #YEAR_OUT_OF_RANGE}
   */
  public static int year(String field, int year) {
    if (year < Limits.FIRST_YEAR || year > Limits.LAST_YEAR) {
      throw ValidationException.of(field, YEAR_OUT_OF_RANGE, outOfRange(field, year));
    }
    return year;
  }

  /**
   * Returns {@code date} when its year lies between {@link Limits#FIRST_YEAR} and {@link
   * Limits#LAST_YEAR}.
   *
   * @throws ValidationException with code {@link #YEAR_OUT_OF_RANGE}
   */
  public static LocalDate date(String field, LocalDate date) {
    Objects.requireNonNull(date, field);
    if (date.getYear() < Limits.FIRST_YEAR || date.getYear() > Limits.LAST_YEAR) {
      throw ValidationException.of(field, YEAR_OUT_OF_RANGE, outOfRange(field, date));
    }
    return date;
  }

  /**
   * Returns {@code count} when it lies between {@code min} and {@link Limits#COUNT}.
   *
   * @throws ValidationException with code {@link #COUNT_OUT_OF_RANGE}
   */
  public static int count(String field, int count, int min) {
    if (count < min || count > Limits.COUNT) {
      throw ValidationException.of(
          field,
          COUNT_OUT_OF_RANGE,
          "the " + field + " is " + min + " to " + Limits.COUNT + ", not " + count);
    }
    return count;
  }

  private static String outOfRange(String field, Object value) {
    return "the "
        + field
        + " must lie in the years "
        + Limits.FIRST_YEAR
        + " to "
        + Limits.LAST_YEAR
        + ", not "
        + value;
  }

  /**
   * Returns {@code values} when, joined by one separator, they fit {@code max} characters (a list
   * stored in one column, such as {@link Limits#LIST}).
   *
   * @throws ValidationException with code {@link #LIST_TOO_LONG}
   */
  public static <T extends java.util.Collection<String>> T joined(String field, T values, int max) {
    long length = Math.max(0, values.size() - 1L);
    for (String value : values) {
      length += value.length();
    }
    if (length > max) {
      throw ValidationException.of(
          field,
          LIST_TOO_LONG,
          "the "
              + field
              + " take at most "
              + max
              + " characters joined, not "
              + length
              + " ("
              + values.size()
              + " entries)");
    }
    return values;
  }
}
