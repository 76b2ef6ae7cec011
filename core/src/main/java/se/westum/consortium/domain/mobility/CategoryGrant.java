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

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * What a project was granted for one participant category.
 *
 * @param category learner or staff
 * @param places granted places, 1 or more
 * @param budget granted budget in EUR
 * @param dailyRates individual support per day by receiving-country group (1–3), set by the
 *     national agency for the grant
 */
public record CategoryGrant(
    ParticipantCategory category, int places, Money budget, Map<Integer, Money> dailyRates) {

  /** A budget that is not zero or more EUR. */
  public static final String INVALID_BUDGET = "invalid-budget";

  /** A daily rate that is not a EUR amount of zero or more for country group 1, 2 or 3. */
  public static final String INVALID_DAILY_RATE = "invalid-daily-rate";

  /**
   * Requires 1 to {@link Limits#COUNT} places, a budget of zero or more EUR and rates for groups
   * 1–3 only, each amount of at most {@link Limits#MONEY_INTEGER_DIGITS} digits.
   */
  public CategoryGrant {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(budget, "budget");
    Bounds.count("places", places, 1);
    if (!budget.currency().getCurrencyCode().equals("EUR") || budget.isNegative()) {
      throw ValidationException.of(
          "budget", INVALID_BUDGET, "a granted budget is zero or more EUR");
    }
    eur("budget", budget.amount());
    for (Map.Entry<Integer, Money> rate : dailyRates.entrySet()) {
      if (rate.getKey() < 1
          || rate.getKey() > 3
          || !rate.getValue().currency().getCurrencyCode().equals("EUR")
          || rate.getValue().isNegative()) {
        throw ValidationException.of(
            "dailyRates",
            INVALID_DAILY_RATE,
            "daily rates are EUR amounts of zero or more for country groups 1 to 3");
      }
      eur("dailyRates", rate.getValue().amount());
    }
    dailyRates = Map.copyOf(new TreeMap<>(dailyRates));
  }

  /** The granted budget per place, rounded down to the cent. */
  public Money budgetPerPlace() {
    return new Money(
        budget
            .amount()
            .divide(java.math.BigDecimal.valueOf(places), 2, java.math.RoundingMode.DOWN),
        budget.currency());
  }

  /**
   * An amount given in EUR, refused when it has more digits or decimals than stored (never
   * rounded).
   *
   * @param field the field, for the error
   * @throws se.westum.consortium.domain.shared.ValidationException with code {@code
   *     too-many-digits} or {@code too-many-decimals}
   */
  public static Money eur(String field, java.math.BigDecimal amount) {
    Bounds.decimal(field, amount, Limits.MONEY_INTEGER_DIGITS, Limits.MONEY_SCALE);
    return Money.of(amount, "EUR");
  }
}
