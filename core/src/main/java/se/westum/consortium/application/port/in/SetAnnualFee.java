package se.westum.consortium.application.port.in;

import se.westum.consortium.domain.membership.AnnualFee;

/** Use case: set a member's fee for a year. */
public interface SetAnnualFee {

  /**
   * Sets or replaces the fee.
   *
   * @return the fee as stored
   * @throws se.westum.consortium.domain.shared.NotFoundException if there is no such member
   * @throws se.westum.consortium.domain.shared.ValidationException if the input is invalid or the
   *     currency differs from payments already recorded for the year
   */
  AnnualFee set(SetAnnualFeeCommand command);
}
