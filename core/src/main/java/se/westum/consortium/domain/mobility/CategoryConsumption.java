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
package se.westum.consortium.domain.mobility;

import java.util.Objects;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.Percentage;

/**
 * How much of one category's places and budget completed mobilities have used by a day.
 *
 * @param category learner or staff
 * @param grantedPlaces places granted
 * @param grantedBudget budget granted
 * @param placesUsed completed mobilities
 * @param budgetUsed the sum of their grants
 * @param placesUsedPercent places used of granted
 * @param budgetUsedPercent budget used of granted
 * @param averageGrant average grant per completed mobility (zero without one)
 * @param budgetPerPlace granted budget per place
 * @param gap why places and budget differ, in words
 * @param forecastPlaces completed plus planned mobilities
 * @param forecastBudget their grants
 * @param forecastPlacesPercent forecast places of granted
 * @param forecastBudgetPercent forecast budget of granted
 * @param target whether budget used reaches the grant's target, explained
 */
public record CategoryConsumption(
    ParticipantCategory category,
    int grantedPlaces,
    Money grantedBudget,
    int placesUsed,
    Money budgetUsed,
    Percentage placesUsedPercent,
    Percentage budgetUsedPercent,
    Money averageGrant,
    Money budgetPerPlace,
    String gap,
    int forecastPlaces,
    Money forecastBudget,
    Percentage forecastPlacesPercent,
    Percentage forecastBudgetPercent,
    Finding target) {

  /** Requires every part. */
  public CategoryConsumption {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(grantedBudget, "grantedBudget");
    Objects.requireNonNull(budgetUsed, "budgetUsed");
    Objects.requireNonNull(gap, "gap");
    Objects.requireNonNull(target, "target");
  }
}
