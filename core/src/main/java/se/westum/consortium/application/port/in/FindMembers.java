package se.westum.consortium.application.port.in;

import java.util.List;
import java.util.Optional;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.Page;
import se.westum.consortium.domain.shared.PageRequest;

/** Use case: look members up, with their fees and payments. */
public interface FindMembers {

  /**
   * The member with this organisation number.
   *
   * @throws se.westum.consortium.domain.shared.ValidationException if the number is malformed
   */
  Optional<Member> find(String organisationNumber);

  /** A page of members ordered by organisation number. */
  Page<Member> list(PageRequest request);

  /**
   * A member's fees, ordered by year.
   *
   * @throws se.westum.consortium.domain.shared.NotFoundException if there is no such member
   */
  List<AnnualFee> fees(String organisationNumber);

  /**
   * A member's payments, ordered by year and date.
   *
   * @throws se.westum.consortium.domain.shared.NotFoundException if there is no such member
   */
  List<Payment> payments(String organisationNumber);
}
