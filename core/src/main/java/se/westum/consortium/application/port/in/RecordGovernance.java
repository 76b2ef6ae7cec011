package se.westum.consortium.application.port.in;

import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.StaffMember;

/**
 * Use cases: record and change the governance records — board terms, meetings, decisions, goals,
 * events and staff. Each {@code record} replaces a stored record with the same id, so it serves for
 * changes too. Every method throws {@link se.westum.consortium.domain.shared.ValidationException}
 * listing every invalid field. The rules across records are the same that {@link
 * ImportGovernance#importGovernance} runs, with the same codes.
 */
public interface RecordGovernance {

  /**
   * Records a board term.
   *
   * @throws se.westum.consortium.domain.shared.ConflictException with code {@code
   *     overlapping-terms} if it overlaps another term
   */
  BoardTerm recordBoardTerm(RecordBoardTermCommand command);

  /**
   * Records a meeting and its attendance.
   *
   * @throws se.westum.consortium.domain.shared.MissingReferenceException with field {@code
   *     present[i]} if a board meeting or strategy day lists a person who holds no seat in the term
   *     covering its day
   */
  Meeting recordMeeting(RecordMeetingCommand command);

  /**
   * Records a decision.
   *
   * @throws se.westum.consortium.domain.shared.MissingReferenceException with field {@code meeting}
   *     if the meeting is not recorded
   * @throws se.westum.consortium.domain.shared.ConflictException with code {@code not-quorate}
   *     explaining the quorum if the board meeting was not quorate, or {@code no-board-term} if no
   *     term covers its day
   */
  Decision recordDecision(RecordDecisionCommand command);

  /** Records an operational-plan goal. */
  Goal recordGoal(RecordGoalCommand command);

  /**
   * Records an event.
   *
   * @throws se.westum.consortium.domain.shared.MissingReferenceException with field {@code goal} if
   *     it names an unknown goal
   */
  Event recordEvent(RecordEventCommand command);

  /**
   * Records an employment.
   *
   * @throws se.westum.consortium.domain.shared.MissingReferenceException with field {@code
   *     projects} if it names a project that is not recorded
   */
  StaffMember recordStaffMember(RecordStaffMemberCommand command);
}
