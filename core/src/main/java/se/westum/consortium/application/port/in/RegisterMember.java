package se.westum.consortium.application.port.in;

import se.westum.consortium.domain.membership.Member;

/** Use case: register a new member of the consortium. */
public interface RegisterMember {

  /**
   * Registers the member.
   *
   * @return the stored member, version 1
   * @throws se.westum.consortium.domain.shared.ValidationException listing every invalid field
   * @throws se.westum.consortium.domain.shared.ConflictException if the number is already a member
   */
  Member register(RegisterMemberCommand command);
}
