package se.westum.consortium.application.port.in;

import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.domain.mobility.CategoryConsumption;
import se.westum.consortium.domain.mobility.MobilityGrant;

/**
 * The consumption of a project's mobility grant at a day.
 *
 * @param grant the grant
 * @param at the day
 * @param categories the consumption of each granted category
 */
public record BudgetConsumption(
    MobilityGrant grant, LocalDate at, List<CategoryConsumption> categories) {

  /** Copies the list. */
  public BudgetConsumption {
    categories = List.copyOf(categories);
  }
}
