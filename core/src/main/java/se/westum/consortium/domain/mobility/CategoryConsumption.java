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
