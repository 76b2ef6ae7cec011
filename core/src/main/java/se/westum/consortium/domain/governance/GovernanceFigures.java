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

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.westum.consortium.domain.shared.DateRange;

/**
 * The governance figures of a fiscal year, as the annual report gives them.
 *
 * @param fiscalYear the year
 * @param board the board of the term in force at the end of the year, if any
 * @param meetings meetings held in the year, by kind
 * @param strategyDays days spent in strategy-day meetings
 * @param decisions decisions taken in the year
 * @param events events of the year with their participants
 * @param peopleAtEvents distinct people counted across the year's events listed by person
 * @param staffStarted employments that started in the year
 * @param staffLeft employments that ended in the year
 */
public record GovernanceFigures(
    FiscalYear fiscalYear,
    Optional<BoardComposition> board,
    Map<MeetingKind, Integer> meetings,
    int strategyDays,
    int decisions,
    List<EventFigures> events,
    int peopleAtEvents,
    List<StaffChange> staffStarted,
    List<StaffChange> staffLeft) {

  /** Copies collections defensively. */
  public GovernanceFigures {
    Objects.requireNonNull(fiscalYear, "fiscalYear");
    Objects.requireNonNull(board, "board");
    meetings = Map.copyOf(meetings);
    events = List.copyOf(events);
    staffStarted = List.copyOf(staffStarted);
    staffLeft = List.copyOf(staffLeft);
  }

  /** Board meetings held in the year. */
  public int boardMeetings() {
    return meetings.getOrDefault(MeetingKind.BOARD_MEETING, 0);
  }

  /**
   * Sessions (sammanträden) of the board: board meetings plus strategy days, the way the seed
   * counts "9 sammanträden" as 7 board meetings and 2 strategy days.
   */
  public int boardSessions() {
    return boardMeetings() + strategyDays;
  }

  /**
   * The board of a term.
   *
   * @param term the term
   * @param period the term's days
   * @param seats the seats, in role order
   * @param ordinaryMembers ordinary members (every role but deputy)
   * @param deputies deputies
   * @param nominationCommittee members of the nomination committee
   * @param auditors auditors
   */
  public record BoardComposition(
      TermId term,
      DateRange period,
      List<BoardSeat> seats,
      int ordinaryMembers,
      int deputies,
      List<Position> nominationCommittee,
      List<Position> auditors) {

    /** Copies lists defensively. */
    public BoardComposition {
      seats = List.copyOf(seats);
      nominationCommittee = List.copyOf(nominationCommittee);
      auditors = List.copyOf(auditors);
    }

    /** Everyone on the board, deputies included. */
    public int members() {
      return seats.size();
    }
  }

  /**
   * One event's figures.
   *
   * @param id the event
   * @param kind its kind
   * @param name its name
   * @param dates its days
   * @param place where
   * @param participants how many took part
   * @param organisations how many organisations they came from, when known
   * @param byCountry participants per country, when known
   */
  public record EventFigures(
      EventId id,
      EventKind kind,
      String name,
      DateRange dates,
      String place,
      int participants,
      OptionalInt organisations,
      Map<String, Integer> byCountry) {

    /** Copies the map defensively. */
    public EventFigures {
      byCountry = Map.copyOf(byCountry);
    }
  }

  /**
   * A staff change: someone started or left.
   *
   * @param staff the employment
   * @param name the person's name (masked in {@code toString})
   * @param role the role
   * @param date the first or last day
   */
  public record StaffChange(
      StaffId staff, PersonName name, String role, java.time.LocalDate date) {}
}
