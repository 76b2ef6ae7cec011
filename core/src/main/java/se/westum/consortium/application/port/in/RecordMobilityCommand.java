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

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.application.validation.SwedishOrganisationNumber;
import se.westum.consortium.domain.mobility.MobilityStatus;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) a mobility.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link Limits}) are the
 * records' own rules, so a value beyond one is refused with the same code here as in an import.
 *
 * @param id the mobility's id
 * @param project the project's acronym
 * @param participant pseudonymous participant reference (never a name or personnummer)
 * @param category learner or staff
 * @param sendingOrganisation the sending organisation
 * @param sendingCity its city
 * @param sendingCountry its ISO country code
 * @param sendingCoordinates its coordinates, {@code LAT,LON}
 * @param sendingMember organisation number of the consortium member it belongs to, or {@code null}
 * @param receivingOrganisation the receiving organisation
 * @param receivingCity its city
 * @param receivingCountry its ISO country code
 * @param receivingCoordinates its coordinates, {@code LAT,LON}
 * @param start first day abroad
 * @param end last day abroad
 * @param travelDays travel days, 0 to 4
 * @param greenTravel sustainable travel
 * @param fewerOpportunities participant with fewer opportunities
 * @param courseDays course days paid by course fees
 * @param status planned, completed or cancelled
 */
public record RecordMobilityCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String project,
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String participant,
    @NotNull ParticipantCategory category,
    @NotNull String sendingOrganisation,
    @NotNull String sendingCity,
    @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO country code")
        String sendingCountry,
    @NotNull @Pattern(regexp = COORDINATES, message = "must be LAT,LON in decimal degrees")
        String sendingCoordinates,
    @SwedishOrganisationNumber String sendingMember,
    @NotNull String receivingOrganisation,
    @NotNull String receivingCity,
    @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO country code")
        String receivingCountry,
    @NotNull @Pattern(regexp = COORDINATES, message = "must be LAT,LON in decimal degrees")
        String receivingCoordinates,
    @NotNull LocalDate start,
    @NotNull LocalDate end,
    @Min(0) @Max(4) int travelDays,
    boolean greenTravel,
    boolean fewerOpportunities,
    int courseDays,
    @NotNull MobilityStatus status) {

  /** Decimal-degree coordinates: {@code LAT,LON}. */
  public static final String COORDINATES = "-?\\d{1,3}(\\.\\d{1,8})?,\\s*-?\\d{1,3}(\\.\\d{1,8})?";
}
