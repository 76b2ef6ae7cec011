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
package se.westum.consortium.domain.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The value of a figure: a count, a percentage, an amount of money, a measure in a unit, or a day.
 * No formatting here: a renderer formats it for the report's language.
 */
public sealed interface FigureValue {

  /** The value as a number (a day as {@code yyyymmdd}), for comparing with narrative text. */
  BigDecimal number();

  /**
   * A count of things (members, meetings, participants).
   *
   * @param value zero or more
   */
  record Count(long value) implements FigureValue {
    /** Requires zero or more. */
    public Count {
      if (value < 0) {
        throw new IllegalArgumentException("a count cannot be negative: " + value);
      }
    }

    @Override
    public BigDecimal number() {
      return BigDecimal.valueOf(value);
    }
  }

  /**
   * A percentage with one decimal.
   *
   * @param value for example {@code 39.0}
   */
  record Percent(BigDecimal value) implements FigureValue {
    /** Requires a value; keeps one decimal. */
    public Percent {
      value = Objects.requireNonNull(value, "value").setScale(1, java.math.RoundingMode.HALF_UP);
    }

    @Override
    public BigDecimal number() {
      return value;
    }
  }

  /**
   * An amount of money.
   *
   * @param amount the amount, two decimals
   * @param currency its ISO 4217 code, for example {@code EUR}
   */
  record Amount(BigDecimal amount, String currency) implements FigureValue {
    /** Requires both; keeps two decimals. */
    public Amount {
      amount = Objects.requireNonNull(amount, "amount").setScale(2, java.math.RoundingMode.HALF_UP);
      Objects.requireNonNull(currency, "currency");
    }

    @Override
    public BigDecimal number() {
      return amount;
    }
  }

  /**
   * A measure in a unit the records name (an indicator's value).
   *
   * @param value the value
   * @param unit the unit, for example {@code besök}
   */
  record Measure(BigDecimal value, String unit) implements FigureValue {
    /** Requires both. */
    public Measure {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(unit, "unit");
    }

    @Override
    public BigDecimal number() {
      return value;
    }
  }

  /**
   * A day (a deadline, an end date).
   *
   * @param value the day
   */
  record Day(LocalDate value) implements FigureValue {
    /** Requires the day. */
    public Day {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public BigDecimal number() {
      return BigDecimal.valueOf(
          value.getYear() * 10000L + value.getMonthValue() * 100L + value.getDayOfMonth());
    }
  }
}
