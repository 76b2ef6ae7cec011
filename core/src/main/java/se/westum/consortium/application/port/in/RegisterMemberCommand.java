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
package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.application.validation.SwedishOrganisationNumber;
import se.westum.consortium.domain.membership.MemberKind;

/**
 * Register a new member.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link
 * se.westum.consortium.domain.shared.Limits}) are the records' own rules, so a value beyond one is
 * refused with the same code here as in an import.
 *
 * @param organisationNumber Swedish organisation number, {@code NNNNNN-NNNN}
 * @param name the organisation's name: one line, at most {@link
 *     se.westum.consortium.domain.shared.Limits#NAME} characters
 * @param kind municipality, federation or other
 * @param coveredMunicipalities SCB codes of the municipalities it covers
 * @param joined first day of membership
 * @param left last day of membership, {@code null} while it lasts
 */
public record RegisterMemberCommand(
    @NotNull @SwedishOrganisationNumber String organisationNumber,
    @NotNull String name,
    @NotNull MemberKind kind,
    @NotEmpty
        List<@NotNull @Pattern(regexp = "\\d{4}", message = "must be a 4-digit SCB code") String>
            coveredMunicipalities,
    @NotNull LocalDate joined,
    LocalDate left) {}
