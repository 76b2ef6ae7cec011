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
import java.util.Optional;
import se.westum.consortium.domain.shared.Finding;

/**
 * Beslutförhet: a board meeting is quorate when more than half of the board's ordinary members are
 * present. A deputy counts only in place of an absent ordinary member, so deputies can never lift
 * the count above the number of ordinary seats.
 */
public final class QuorumPolicy {

  /** The rule's stable name. */
  public static final String RULE = "quorum";

  /** The name of the finding when no board term covers a board meeting's day. */
  public static final String TERM_RULE = "board-term";

  /** The code of a decision refused at a meeting that was not quorate. */
  public static final String NOT_QUORATE = "not-quorate";

  /** The code of a decision refused at a board meeting that no term covers. */
  public static final String NO_BOARD_TERM = "no-board-term";

  /**
   * Judges a meeting against the board of its term.
   *
   * @return the verdict, for example "5 of 8 ordinary members present: quorate"
   */
  public Finding assess(BoardTerm term, Meeting meeting) {
    int ordinary = term.ordinarySeats().size();
    long ordinaryPresent =
        term.ordinarySeats().stream().filter(s -> meeting.present().contains(s.person())).count();
    long deputiesPresent =
        term.deputies().stream().filter(s -> meeting.present().contains(s.person())).count();
    long standingIn = Math.min(deputiesPresent, ordinary - ordinaryPresent);
    long counted = ordinaryPresent + standingIn;
    boolean quorate = counted * 2 > ordinary;
    StringBuilder reason =
        new StringBuilder()
            .append(ordinaryPresent)
            .append(" of ")
            .append(ordinary)
            .append(" ordinary members present");
    if (standingIn > 0) {
      reason
          .append(" and ")
          .append(standingIn)
          .append(standingIn == 1 ? " deputy" : " deputies")
          .append(" standing in");
    }
    reason.append(
        quorate
            ? ": quorate"
            : ": not quorate (more than half, " + (ordinary / 2 + 1) + ", needed)");
    return quorate
        ? Finding.satisfied(RULE, reason.toString())
        : Finding.violated(RULE, reason.toString());
  }

  /**
   * Whether a decision may be recorded at {@code meeting}: a board meeting or strategy day of the
   * consortium's board must be quorate under the term covering its first day; other kinds of
   * meeting (annual meeting, project boards, working groups) are not judged by the board's quorum.
   *
   * @param meeting the meeting
   * @param terms the board terms
   * @return the verdict with its reason
   */
  public Finding admitsDecisionAt(Meeting meeting, Collection<BoardTerm> terms) {
    if (!AttendancePolicy.isBoardSession(meeting)) {
      return Finding.satisfied(
          RULE, "a " + meeting.kind() + " is not judged by the board's quorum");
    }
    Optional<BoardTerm> term = AttendancePolicy.termOf(meeting, terms);
    if (term.isEmpty()) {
      return Finding.violated(TERM_RULE, "no board term covers " + meeting.dates().start());
    }
    return assess(term.get(), meeting);
  }

  /** The code of a decision refused for the finding of {@link #admitsDecisionAt}. */
  public static String codeOf(Finding refusal) {
    return refusal.rule().equals(TERM_RULE) ? NO_BOARD_TERM : NOT_QUORATE;
  }
}
