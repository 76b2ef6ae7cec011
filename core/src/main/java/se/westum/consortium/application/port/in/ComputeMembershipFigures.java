package se.westum.consortium.application.port.in;

import se.westum.consortium.domain.membership.MembershipFigures;

/**
 * Use case: the membership figures of a year: paying members, distinct municipalities they cover,
 * and the coverage of chosen counties.
 */
public interface ComputeMembershipFigures {

  /**
   * Computes the figures from the records.
   *
   * @throws se.westum.consortium.domain.shared.ValidationException for an invalid year or an
   *     unknown county
   */
  MembershipFigures figures(MembershipFiguresQuery query);
}
