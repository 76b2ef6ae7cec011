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

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.governance.EventKind;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) an event. Participation is given in exactly one of three forms: a total alone
 * ({@code participants}), counts per organisation ({@code organisations}), or pseudonymous people
 * ({@code people}).
 *
 * <p>The annotations check only what the command must carry; the limits ({@link Limits}) are the
 * records' own rules, so a value beyond one is refused with the same code here as in an import.
 *
 * @param id the event's id
 * @param kind what kind of event
 * @param name its name
 * @param start its first day
 * @param end its last day; {@code null} for a one-day event
 * @param place where
 * @param country ISO code of the country it took place in
 * @param organiser who arranged it
 * @param goal the id of the goal it serves, or {@code null}
 * @param participants the total, when that is all that is known
 * @param organisations participants per organisation and country
 * @param people pseudonymous references of the people who took part
 */
public record RecordEventCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotNull EventKind kind,
    @NotNull String name,
    @NotNull LocalDate start,
    LocalDate end,
    @NotNull String place,
    @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO country code")
        String country,
    @NotNull String organiser,
    @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String goal,
    Integer participants,
    List<@NotNull @Valid OrganisationCount> organisations,
    List<@NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String>
        people) {

  /**
   * Participants of one organisation.
   *
   * @param organisation its name
   * @param country its ISO country code
   * @param count how many took part
   */
  public record OrganisationCount(
      @NotNull String organisation,
      @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO country code")
          String country,
      @NotNull Integer count) {}
}
