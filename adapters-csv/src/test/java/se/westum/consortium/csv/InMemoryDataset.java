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
package se.westum.consortium.csv;

import java.util.List;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.Payment;

/** A dataset held in lists, for tests of the writer. */
final class InMemoryDataset implements MembershipDataset {

  private final List<Member> members;
  private final List<AnnualFee> fees;
  private final List<Payment> payments;

  InMemoryDataset(List<Member> members, List<AnnualFee> fees, List<Payment> payments) {
    this.members = List.copyOf(members);
    this.fees = List.copyOf(fees);
    this.payments = List.copyOf(payments);
  }

  @Override
  public Stream<Member> members() {
    return members.stream();
  }

  @Override
  public Stream<AnnualFee> fees() {
    return fees.stream();
  }

  @Override
  public Stream<Payment> payments() {
    return payments.stream();
  }
}
