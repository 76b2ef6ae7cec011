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
import java.util.Currency;
import java.util.Objects;
import java.util.Set;

/**
 * An amount of money: {@link BigDecimal} with scale 2 and an ISO currency. Never floating point.
 *
 * @param amount the amount; must already have at most two decimals (no silent rounding)
 * @param currency one of the currencies the consortium's programmes use
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /** A currency the consortium does not use. */
  public static final String UNSUPPORTED_CURRENCY = "unsupported-currency";

  /** Amounts in different currencies combined. */
  public static final String CURRENCY_MISMATCH = "currency-mismatch";

  /** Currencies in use by the consortium and its partners. */
  public static final Set<String> SUPPORTED_CURRENCIES = Set.of("EUR", "SEK", "DKK", "NOK");

  /**
   * The code of an amount with an absurd number of digits (more than {@link #MAX_INTEGER_DIGITS}
   * before or after the point); storage limits, stricter, are checked where records are built.
   */
  public static final String OUT_OF_RANGE = "amount-out-of-range";

  /** The most integer digits (and decimals) any amount, even a sum, may have. */
  public static final int MAX_INTEGER_DIGITS = 30;

  /** Validates and normalises the scale to 2. */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (!SUPPORTED_CURRENCIES.contains(currency.getCurrencyCode())) {
      throw new DomainException(
          UNSUPPORTED_CURRENCY,
          "currency " + currency.getCurrencyCode() + " is not one of " + SUPPORTED_CURRENCIES);
    }
    if ((long) amount.precision() - amount.scale() > MAX_INTEGER_DIGITS
        || amount.scale() > MAX_INTEGER_DIGITS) {
      // refused before any arithmetic: 1E+2147483647 would exhaust memory when scaled
      throw new DomainException(
          OUT_OF_RANGE,
          "amount " + Shown.value(amount.toString()) + " is out of range for an amount of money");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      // a field error, so a command or a row names the amount as what is wrong
      throw ValidationException.of(
          "amount",
          Bounds.TOO_MANY_DECIMALS,
          "amount " + Shown.value(amount.toPlainString()) + " has more than two decimals");
    }
    amount = amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  /**
   * Parses an amount and an ISO currency code.
   *
   * @throws DomainException if the currency is unknown or unsupported
   */
  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency(currency));
  }

  /** An amount in the given currency. */
  public static Money of(BigDecimal amount, String currency) {
    return new Money(amount, currency(currency));
  }

  /** Zero in the given currency. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** Looks up a supported currency by its ISO code. */
  public static Currency currency(String code) {
    if (code == null || !SUPPORTED_CURRENCIES.contains(code)) {
      throw new DomainException(
          UNSUPPORTED_CURRENCY,
          "currency " + Shown.value(code) + " is not one of " + SUPPORTED_CURRENCIES);
    }
    return Currency.getInstance(code);
  }

  /** The sum; both must share the currency. */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** The difference; both must share the currency. */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** True when the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** True when this is at least {@code other}; both must share the currency. */
  public boolean isAtLeast(Money other) {
    return compareTo(other) >= 0;
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new DomainException(
          CURRENCY_MISMATCH,
          "cannot combine "
              + currency.getCurrencyCode()
              + " with "
              + other.currency.getCurrencyCode());
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
