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
package se.westum.consortium.domain.project;

import java.util.Objects;
import java.util.Optional;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.NationalId;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Texts;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * An organisation taking part in a project. Its national id is validated by its country's rule (SE
 * organisationsnummer, NO organisasjonsnummer, DK CVR; free text elsewhere).
 *
 * @param id its identity in the project
 * @param project the project
 * @param organisation the organisation's name
 * @param nationalId country and national id
 * @param role its role
 * @param member the consortium member it is, if any
 * @param prospective true for an organisation that has shown interest but has not joined
 */
public record Partner(
    PartnerId id,
    ProjectId project,
    String organisation,
    NationalId nationalId,
    PartnerRole role,
    Optional<OrganisationNumber> member,
    boolean prospective) {

  /** A partner that is a member but does not have the member's Swedish organisation number. */
  public static final String MEMBER_MISMATCH = "member-mismatch";

  /** Requires every part; a member must be Swedish and have the partner's own number. */
  public Partner {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(nationalId, "nationalId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(member, "member");
    organisation = Texts.required("organisation", organisation, Limits.NAME);
    if (member.isPresent()
        && !(nationalId.country().equals("SE")
            && nationalId.value().equals(member.get().value()))) {
      throw ValidationException.of(
          "member",
          MEMBER_MISMATCH,
          "a partner that is a member has the member's Swedish organisation number");
    }
  }

  /** The partner's country. */
  public String country() {
    return nationalId.country();
  }
}
