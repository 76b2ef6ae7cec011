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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) the mobility grant of an Erasmus+ project.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link Limits}) are the
 * records' own rules, so a value beyond one is refused with the same code here as in an import.
 *
 * @param project the project's acronym
 * @param callYear the call year, which decides the unit costs
 * @param categories places, budget (EUR) and daily rates per participant category
 * @param targetPercent the consumption target in percent; {@code null} means 80
 */
public record RecordMobilityGrantCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String project,
    @NotNull Integer callYear,
    @NotEmpty List<@NotNull @Valid Category> categories,
    @DecimalMin("0") @DecimalMax("100") BigDecimal targetPercent) {

  /**
   * One category's grant.
   *
   * @param category learner or staff
   * @param places granted places
   * @param budgetEur granted budget in EUR
   * @param dailyRatesEur individual support per day for receiving-country groups 1, 2 and 3
   */
  public record Category(
      @NotNull ParticipantCategory category,
      @NotNull Integer places,
      @NotNull @DecimalMin("0") BigDecimal budgetEur,
      @NotNull @Size(min = 3, max = 3, message = "must give the rates of country groups 1, 2 and 3")
          List<@NotNull @DecimalMin("0") BigDecimal> dailyRatesEur) {}
}
