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
import java.util.Optional;
import java.util.stream.Stream;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.shared.OrganisationNumber;

/** The annual fees of members, at most one per member and year. */
public interface AnnualFees {

  /** The fee of a member for a year, if set. */
  Optional<AnnualFee> find(OrganisationNumber member, Year year);

  /** Sets a fee, replacing the member's fee for that year if there was one. */
  void put(AnnualFee fee);

  /**
   * Sets many fees in batches (imports), replacing existing ones by member and year; a fee equal to
   * the stored one is not rewritten.
   *
   * @return how many were new, changed and unchanged
   */
  Saved putAll(Collection<AnnualFee> fees);

  /** The fees of a year, ordered by member. */
  List<AnnualFee> ofYear(Year year);

  /** The fees of a member, ordered by year. */
  List<AnnualFee> ofMember(OrganisationNumber member);

  /** Every fee ordered by member and year; the caller must close the stream. */
  Stream<AnnualFee> stream();
}
