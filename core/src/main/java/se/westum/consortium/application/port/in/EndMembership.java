package se.westum.consortium.application.port.in;

import se.westum.consortium.domain.membership.Member;

/** Use case: end a membership. */
public interface EndMembership {

  /**
   * Ends the membership on the given day (today when none is given).
   *
   * @return the stored member
   * @throws se.westum.consortium.domain.shared.NotFoundException if there is no such member
   * @throws se.westum.consortium.domain.shared.ValidationException if the day is before it joined
   */
  Member end(EndMembershipCommand command);
}
