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
package se.westum.consortium.domain.training;

import java.util.Objects;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.shared.Finding;

/**
 * Where one partner stands against its quota of needs-based trainings at a date.
 *
 * @param partner the partner
 * @param organisation its organisation's name
 * @param country its country
 * @param delivered its needs-based trainings delivered by the date
 * @param counted those of them that count towards the quota
 * @param approved its needs-based trainings approved and not yet delivered
 * @param proposed its needs-based trainings proposed and not yet decided
 * @param pilots its pilot trainings (never counted)
 * @param status where it stands
 * @param needed what it has and what it still needs, in words
 * @param quota the {@link PartnerQuotaRule}'s finding
 */
public record PartnerCompliance(
    PartnerId partner,
    String organisation,
    String country,
    int delivered,
    int counted,
    int approved,
    int proposed,
    int pilots,
    QuotaStatus status,
    String needed,
    Finding quota) {

  /** Requires every part. */
  public PartnerCompliance {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(needed, "needed");
    Objects.requireNonNull(quota, "quota");
  }
}
