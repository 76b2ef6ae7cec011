package se.westum.consortium.domain.mobility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.Percentage;

/**
 * The consumption of a mobility grant at a day, per category, in one pass over the mobilities:
 * completed mobilities use places and budget; planned ones (and completed ones whose stay ends
 * later) count in the forecast; cancelled ones count nowhere.
 */
public final class ConsumptionCount {

  /** The rule's stable name. */
  public static final String TARGET_RULE = "consumption-target";

  private final UnitCosts costs;

  /** Counts with the given unit costs. */
  public ConsumptionCount(UnitCosts costs) {
    this.costs = costs;
  }

  /** The consumption of each granted category at {@code day}. */
  public List<CategoryConsumption> at(
      MobilityGrant grant, Collection<Mobility> mobilities, LocalDate day) {
    List<CategoryConsumption> result = new ArrayList<>();
    for (CategoryGrant category : grant.categories()) {
      Money zero = Money.zero(category.budget().currency());
      int used = 0;
      Money usedBudget = zero;
      int forecast = 0;
      Money forecastBudget = zero;
      for (Mobility mobility : mobilities) {
        if (mobility.category() != category.category()
            || !mobility.project().equals(grant.project())
            || mobility.status() == MobilityStatus.CANCELLED) {
          continue;
        }
        Money amount = GrantCalculation.of(costs, grant, mobility).total();
        forecast++;
        forecastBudget = forecastBudget.plus(amount);
        if (mobility.completedBy(day)) {
          used++;
          usedBudget = usedBudget.plus(amount);
        }
      }
      Percentage placesPercent = Percentage.of(used, category.places());
      Percentage budgetPercent = Percentage.of(usedBudget.amount(), category.budget().amount());
      Money average =
          used == 0
              ? zero
              : new Money(
                  usedBudget.amount().divide(BigDecimal.valueOf(used), 2, RoundingMode.DOWN),
                  zero.currency());
      String name = category.category().name().toLowerCase(java.util.Locale.ROOT);
      String gap =
          used == 0
              ? "no " + name + " mobility completed by " + day
              : name
                  + ": "
                  + placesPercent
                  + " of places but "
                  + budgetPercent
                  + " of budget used; a completed mobility cost on average "
                  + average
                  + " against "
                  + category.budgetPerPlace()
                  + " granted per place";
      String targetReason =
          "budget used " + budgetPercent + " against a target of " + grant.target();
      Finding target =
          budgetPercent.value().compareTo(grant.target().value()) >= 0
              ? Finding.satisfied(TARGET_RULE, targetReason)
              : Finding.violated(TARGET_RULE, targetReason);
      result.add(
          new CategoryConsumption(
              category.category(),
              category.places(),
              category.budget(),
              used,
              usedBudget,
              placesPercent,
              budgetPercent,
              average,
              category.budgetPerPlace(),
              gap,
              forecast,
              forecastBudget,
              Percentage.of(forecast, category.places()),
              Percentage.of(forecastBudget.amount(), category.budget().amount()),
              target));
    }
    return result;
  }
}
