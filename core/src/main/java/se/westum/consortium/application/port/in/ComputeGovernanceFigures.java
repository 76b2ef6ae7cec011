package se.westum.consortium.application.port.in;

import se.westum.consortium.domain.governance.GovernanceFigures;

/** Use case: the governance figures of a fiscal year, computed from the records. */
public interface ComputeGovernanceFigures {

  /**
   * Computes the figures.
   *
   * @param fiscalYear the (calendar) fiscal year
   * @throws se.westum.consortium.domain.shared.ValidationException for a year outside 1990–2100
   */
  GovernanceFigures governanceFigures(int fiscalYear);
}
