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
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A percentage with one decimal, rounded half-up where it is computed.
 *
 * @param value the percentage, for example {@code 70.9}; never negative
 */
public record Percentage(BigDecimal value) {

  /** A percentage below zero. */
  public static final String NEGATIVE_PERCENTAGE = "negative-percentage";

  /** Rejects negative values and normalises the scale to one decimal. */
  public Percentage {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new DomainException(NEGATIVE_PERCENTAGE, "a percentage cannot be negative: " + value);
    }
    value = value.setScale(1, RoundingMode.HALF_UP);
  }

  /**
   * {@code part} of {@code whole} in percent, rounded half-up to one decimal; zero when {@code
   * whole} is zero.
   */
  public static Percentage of(long part, long whole) {
    return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
  }

  /** {@code part} of {@code whole} in percent; zero when {@code whole} is zero. */
  public static Percentage of(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return new Percentage(BigDecimal.ZERO);
    }
    return new Percentage(
        part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP));
  }

  @Override
  public String toString() {
    return value.toPlainString() + " %";
  }
}
