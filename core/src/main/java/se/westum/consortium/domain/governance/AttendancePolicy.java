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
package se.westum.consortium.domain.governance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Who may attend a board meeting or strategy day: the people who hold a seat on the board of the
 * term covering its first day. Other kinds of meeting (annual meeting, project boards, working
 * groups) have other participants and are not judged; nor is a meeting no term covers (a decision
 * there is refused by {@link QuorumPolicy}).
 */
public final class AttendancePolicy {

  /** The rule's stable name. */
  public static final String RULE = "attendance";

  /** True for the kinds of meeting the board holds. */
  public static boolean isBoardSession(Meeting meeting) {
    return meeting.kind() == MeetingKind.BOARD_MEETING
        || meeting.kind() == MeetingKind.STRATEGY_DAY;
  }

  /** The term covering the meeting's first day, if any. */
  public static Optional<BoardTerm> termOf(Meeting meeting, Collection<BoardTerm> terms) {
    return terms.stream().filter(t -> t.period().contains(meeting.dates().start())).findFirst();
  }

  /**
   * The people present who hold no seat in the covering term, in the meeting's order; empty when
   * the rule holds or does not apply.
   */
  public List<PersonRef> withoutSeat(Meeting meeting, Collection<BoardTerm> terms) {
    if (!isBoardSession(meeting)) {
      return List.of();
    }
    return termOf(meeting, terms)
        .map(term -> meeting.present().stream().filter(p -> term.seatOf(p).isEmpty()).toList())
        .orElse(List.of());
  }
}
