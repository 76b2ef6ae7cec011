package se.westum.consortium.application.port.in;

import se.westum.consortium.domain.membership.Payment;

/** Use case: record a member's payment of its fee. */
public interface RecordPayment {

  /**
   * Records the payment (once, however often it is sent).
   *
   * @return the payment
   * @throws se.westum.consortium.domain.shared.NotFoundException if there is no such member
   * @throws se.westum.consortium.domain.shared.ValidationException if the input is invalid or the
   *     currency differs from the fee's
   */
  Payment record(RecordPaymentCommand command);
}
