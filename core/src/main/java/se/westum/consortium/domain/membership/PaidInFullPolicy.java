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

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.Money;

/**
 * A member is <em>paying</em> in a year when its payments for that year cover its fee for that
 * year. A member without a fee for the year is not paying: nothing was asked of it.
 */
public final class PaidInFullPolicy {

  /** The rule's stable name. */
  public static final String RULE = "paid-in-full";

  /**
   * Judges one member's year.
   *
   * @param year the fee year
   * @param fee the member's fee for the year, if one was set
   * @param payments the member's payments for the year (others are ignored)
   * @return the verdict with its reason
   * @throws DomainException if a payment is in another currency than the fee
   */
  public Finding assess(Year year, Optional<AnnualFee> fee, Collection<Payment> payments) {
    if (fee.isEmpty()) {
      return Finding.violated(RULE, "no fee is set for " + year).withVariant("no-fee", year);
    }
    List<Money> paid = new ArrayList<>();
    for (Payment payment : payments) {
      if (payment.year().equals(year)) {
        paid.add(payment.amount());
      }
    }
    return assess(fee.get(), paid);
  }

  /**
   * Judges one member's year from what was paid, however it was summed.
   *
   * @param fee the member's fee for the year
   * @param paid amounts paid for the fee's year (single payments or sums of them)
   * @return the verdict with its reason
   * @throws DomainException if an amount is in another currency than the fee
   */
  public Finding assess(AnnualFee fee, Collection<Money> paid) {
    Money due = fee.amount();
    Money total = Money.zero(due.currency());
    for (Money amount : paid) {
      total = total.plus(amount);
    }
    String reason = "paid " + total + " of " + due + " for " + fee.year();
    return (total.isAtLeast(due) ? Finding.satisfied(RULE, reason) : Finding.violated(RULE, reason))
        .withArguments(total, due, fee.year());
  }
}
