package se.westum.consortium.domain.mobility;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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

  /** Granted places below 1. */
  public static final String INVALID_PLACES = "invalid-places";

  /** A negative granted budget. */
  public static final String INVALID_BUDGET = "invalid-budget";

  /** A daily rate that is missing or negative. */
  public static final String INVALID_DAILY_RATE = "invalid-daily-rate";

  /** Requires places, a budget in EUR and rates for groups 1–3 only. */
  public CategoryGrant {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(budget, "budget");
    if (places < 1) {
      throw ValidationException.of("places", INVALID_PLACES, "granted places are 1 or more");
    }
    if (!budget.currency().getCurrencyCode().equals("EUR") || budget.isNegative()) {
      throw ValidationException.of(
          "budget", INVALID_BUDGET, "a granted budget is zero or more EUR");
    }
    for (Map.Entry<Integer, Money> rate : dailyRates.entrySet()) {
      if (rate.getKey() < 1
          || rate.getKey() > 3
          || !rate.getValue().currency().getCurrencyCode().equals("EUR")) {
        throw ValidationException.of(
            "dailyRates",
            INVALID_DAILY_RATE,
            "daily rates are EUR amounts for country groups 1 to 3");
      }
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
}
