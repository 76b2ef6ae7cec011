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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.application.validation.SwedishOrganisationNumber;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) a company visit by a competence broker.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link Limits}) are the
 * records' own rules, so a value beyond one is refused with the same code here as in an import.
 *
 * @param id the visit's id
 * @param project the project's acronym
 * @param broker the broker's id
 * @param date the day of the visit
 * @param companyNumber the company's Swedish organisation number
 * @param companyName the company's name
 * @param sector the sector's id in the project's vocabulary
 * @param employees the company's number of employees
 * @param advice the advice given, or {@code null}
 * @param needs the needs found, each topic once
 */
public record RecordVisitCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String project,
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String broker,
    @NotNull LocalDate date,
    @NotNull @SwedishOrganisationNumber String companyNumber,
    @NotNull String companyName,
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String sector,
    int employees,
    String advice,
    @Valid List<@NotNull NeedCommand> needs) {

  /**
   * A need found.
   *
   * @param topic the topic's id in the project's vocabulary
   * @param priority 1 (high) to 3 (low)
   */
  public record NeedCommand(
      @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String topic,
      @Min(1) @Max(3) int priority) {}
}
