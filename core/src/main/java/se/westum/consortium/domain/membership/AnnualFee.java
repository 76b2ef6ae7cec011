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
import java.util.Objects;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * The fee (årsavgift) a member owes for one year. At most one per member and year.
 *
 * @param member the member's organisation number
 * @param year the year the fee is for, {@link Limits#FIRST_YEAR} to {@link Limits#LAST_YEAR}
 * @param amount the fee; zero or more, at most {@link Limits#MONEY_INTEGER_DIGITS} digits before
 *     the decimal point
 */
public record AnnualFee(OrganisationNumber member, Year year, Money amount) {

  /** A fee below zero. */
  public static final String NEGATIVE_FEE = "negative-fee";

  /** Rejects a negative fee, a year out of range and an amount with more digits than stored. */
  public AnnualFee {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(amount, "amount");
    Bounds.year("year", year.getValue());
    Bounds.decimal("amount", amount.amount(), Limits.MONEY_INTEGER_DIGITS, Limits.MONEY_SCALE);
    if (amount.isNegative()) {
      throw ValidationException.of("amount", NEGATIVE_FEE, "a fee cannot be negative");
    }
  }

  /**
   * The fee's identity in a dataset: the member and the year, for example {@code 212000-1355/2016}.
   */
  public String key() {
    return member.value() + "/" + year;
  }
}
