package se.westum.consortium.application.port.in;

import java.time.LocalDate;
import se.westum.consortium.domain.mobility.GrantCalculation;
import se.westum.consortium.domain.mobility.TravelGrant;

/** Use cases: the Erasmus+ figures computed from the unit-cost tables and the records. */
public interface ComputeMobilityBudget {

  /** The travel grant of a return trip by the call year's table. */
  TravelGrant travelGrant(TravelGrantQuery query);

  /**
   * The grant of one recorded mobility, every line shown.
   *
   * @throws se.westum.consortium.domain.shared.NotFoundException if the mobility or its project's
   *     grant is not recorded
   */
  GrantCalculation grantOf(String mobilityId);

  /**
   * The consumption of a project's mobility grant at a day, per category.
   *
   * @throws se.westum.consortium.domain.shared.NotFoundException if the project has no mobility
   *     grant
   */
  BudgetConsumption consumption(String acronym, LocalDate at);
}
