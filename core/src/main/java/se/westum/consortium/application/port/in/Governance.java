/*
 * Copyright 2026 the consortium library authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except
 * in compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License
 * is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express
 * or implied. See the License for the specific language governing permissions and limitations under
 * the License.
 */
package se.westum.consortium.application.port.in;

import java.util.List;
import java.util.Optional;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GovernanceFigures;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.StaffMember;
import se.westum.consortium.domain.governance.TermId;

/**
 * Governance: board terms, meetings, decisions, operational-plan goals, events and staff, and the
 * governance figures of a fiscal year. Reached as {@code consortium.governance()}.
 *
 * <p>Each {@code record} replaces a stored record with the same id, so it serves for changes too.
 * Every record method throws {@link se.westum.consortium.domain.shared.ValidationException} listing
 * every invalid field. The rules across records are the same that {@link #importDataset} runs, with
 * the same codes.
 */
public interface Governance {

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

  /** Every board term ordered by first day. */
  List<BoardTerm> boardTerms();

  /** A board term. */
  Optional<BoardTerm> boardTerm(TermId id);

  /**
   * The meetings whose first day is in the fiscal year.
   *
   * @throws se.westum.consortium.domain.shared.ValidationException for a year outside 1990–2100
   */
  List<Meeting> meetings(int fiscalYear);

  /** A meeting. */
  Optional<Meeting> meeting(MeetingId id);

  /**
   * The decisions of a meeting.
   *
   * @throws se.westum.consortium.domain.shared.NotFoundException if the meeting is not recorded
   */
  List<Decision> decisions(MeetingId meeting);

  /** The goals of a fiscal year. */
  List<Goal> goals(int fiscalYear);

  /** The events that share a day with the fiscal year. */
  List<Event> events(int fiscalYear);

  /** An event. */
  Optional<Event> event(EventId id);

  /** Every employment. */
  List<StaffMember> staff();

  /**
   * The governance figures of a fiscal year, computed from the records.
   *
   * @param fiscalYear the (calendar) fiscal year
   * @throws se.westum.consortium.domain.shared.ValidationException for a year outside 1990–2100
   */
  GovernanceFigures figures(int fiscalYear);

  /**
   * Imports a whole governance dataset in one transaction, all or nothing, in the order goals,
   * board terms, meetings, decisions, events. Every record is checked by the same rules as its
   * record method (terms that do not overlap, attendance by seated people, a decision's meeting
   * that exists and is quorate, an event's goal that exists) and an id given twice is refused.
   * Records replace stored ones with the same id; a record equal to the stored one is not
   * rewritten, so importing the same dataset twice changes nothing.
   *
   * @return per record kind ({@code goal}, {@code board-term}, {@code meeting}, {@code decision},
   *     {@code event}) how many records were new, changed and unchanged
   * @throws se.westum.consortium.domain.shared.RecordsRefusedException naming every refused record
   *     (the first 100) with its rule's code, placed in the source by {@link Dataset#locate}; then
   *     nothing is written
   */
  ImportSummary importDataset(GovernanceDataset dataset);

  /**
   * Every stored governance record, for an export; each stream reads from storage and must be
   * closed.
   */
  GovernanceDataset export();
}
