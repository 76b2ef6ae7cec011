package se.westum.consortium.application.port.in;

import se.westum.consortium.domain.membership.Member;

/** Use case: change a member's details, guarded by optimistic locking. */
public interface ChangeMember {

  /**
   * Changes the member.
   *
   * @return the stored member with its new version
   * @throws se.westum.consortium.domain.shared.ValidationException listing every invalid field
   * @throws se.westum.consortium.domain.shared.NotFoundException if there is no such member
   * @throws se.westum.consortium.domain.shared.ConflictException if the member was changed since
   *     {@code expectedVersion}
   */
  Member change(ChangeMemberCommand command);
}
