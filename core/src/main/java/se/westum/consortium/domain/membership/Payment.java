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
package se.westum.consortium.domain.membership;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * A payment a member made against its fee for a year. Identified by member, year, date and amount:
 * recording the same payment twice records it once.
 *
 * @param member the paying member's organisation number
 * @param year the fee year the payment is for, {@link Limits#FIRST_YEAR} to {@link
 *     Limits#LAST_YEAR}
 * @param paidOn the day it was paid, in the same range of years
 * @param amount the amount paid; more than zero, at most {@link Limits#MONEY_INTEGER_DIGITS} digits
 *     before the decimal point
 */
public record Payment(OrganisationNumber member, Year year, LocalDate paidOn, Money amount) {

  /** A payment of zero or less. */
  public static final String NON_POSITIVE_PAYMENT = "non-positive-payment";

  /** A payment in another currency than its fee. */
  public static final String CURRENCY_MISMATCH = "currency-mismatch";

  /** Rejects payments of zero or less, years and dates out of range, amounts too long to store. */
  public Payment {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(paidOn, "paidOn");
    Objects.requireNonNull(amount, "amount");
    Bounds.year("year", year.getValue());
    Bounds.date("paidOn", paidOn);
    Bounds.decimal("amount", amount.amount(), Limits.MONEY_INTEGER_DIGITS, Limits.MONEY_SCALE);
    if (amount.amount().signum() <= 0) {
      throw ValidationException.of("amount", NON_POSITIVE_PAYMENT, "a payment is more than zero");
    }
  }

  /**
   * The rule between a payment and its fee: a payment is in the currency of the fee it pays.
   *
   * @param fee a fee of the same member; a fee of another year sets no currency for this payment
   * @throws ValidationException with code {@link #CURRENCY_MISMATCH} on the field {@code currency}
   */
  public void requireCurrencyOf(AnnualFee fee) {
    if (fee.member().equals(member)
        && fee.year().equals(year)
        && !fee.amount().currency().equals(amount.currency())) {
      throw ValidationException.of(
          "currency",
          CURRENCY_MISMATCH,
          "member "
              + member
              + " owes its "
              + year
              + " fee in "
              + fee.amount().currency()
              + ", not "
              + amount.currency());
    }
  }

  /**
   * The payment's identity in a dataset: member, year, date and amount, for example {@code
   * 212000-1355/2016/2016-03-01/6250.00 SEK}.
   */
  public String key() {
    return member.value() + "/" + year + "/" + paidOn + "/" + amount;
  }
}
