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
package se.westum.consortium.application.port.out;

import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * Payments of annual fees. A payment is identified by member, year, date and amount, so recording
 * the same one twice stores it once.
 */
public interface Payments {

  /**
   * Records a payment unless the same payment is already recorded.
   *
   * @return true when it was new
   */
  boolean record(Payment payment);

  /**
   * Records many payments in batches (imports), skipping those already recorded (a payment is
   * either new or unchanged: it has no other data to change).
   *
   * @return how many were new and how many were already recorded
   */
  Saved recordAll(Collection<Payment> payments);

  /** The payments for a fee year, ordered by member, date and amount. */
  List<Payment> ofYear(Year year);

  /** The payments of a member, ordered by year, date and amount. */
  List<Payment> ofMember(OrganisationNumber member);

  /** Every payment ordered by member, year, date and amount; the caller must close the stream. */
  Stream<Payment> stream();
}
