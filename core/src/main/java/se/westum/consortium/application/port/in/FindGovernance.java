package se.westum.consortium.application.port.in;

import java.util.List;
import java.util.Optional;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.StaffMember;

/**
 * Use case: look the governance records up. Ids are validated; a malformed id is a 400-style error.
 */
public interface FindGovernance {

  /** Every board term ordered by first day. */
  List<BoardTerm> boardTerms();

  /** A board term. */
  Optional<BoardTerm> boardTerm(String id);

  /** The meetings whose first day is in the fiscal year. */
  List<Meeting> meetings(int fiscalYear);

  /** A meeting. */
  Optional<Meeting> meeting(String id);

  /**
   * The decisions of a meeting.
   *
   * @throws se.westum.consortium.domain.shared.NotFoundException if the meeting is not recorded
   */
  List<Decision> decisions(String meeting);

  /** The goals of a fiscal year. */
  List<Goal> goals(int fiscalYear);

  /** The events that share a day with the fiscal year. */
  List<Event> events(int fiscalYear);

  /** An event. */
  Optional<Event> event(String id);

  /** Every employment. */
  List<StaffMember> staff();
}
