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

import java.util.List;
import java.util.Objects;
import se.westum.consortium.domain.shared.Money;

/**
 * What a member owed and paid for one year: its fee, and its payments for that year summed per
 * currency, which is all that {@link PaidInFullPolicy} weighs. A storage can sum the payments where
 * they are stored, so the membership figures need not hold them.
 *
 * @param member the member
 * @param fee the member's fee for the year
 * @param paid the sums of the member's payments for the fee's year, one per currency, in any order;
 *     empty when nothing was paid
 */
public record MemberYear(Member member, AnnualFee fee, List<Money> paid) {

  /** Copies the sums; the fee must be the member's. */
  public MemberYear {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(fee, "fee");
    if (!fee.member().equals(member.organisationNumber())) {
      throw new IllegalArgumentException("the fee is not the member's");
    }
    paid = List.copyOf(paid);
  }
}
