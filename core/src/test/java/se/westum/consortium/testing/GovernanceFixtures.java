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
package se.westum.consortium.testing;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.governance.EventKind;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.OrganisationParticipants;
import se.westum.consortium.domain.governance.Participation;
import se.westum.consortium.domain.governance.PersonName;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.governance.Position;
import se.westum.consortium.domain.governance.PositionKind;
import se.westum.consortium.domain.governance.StaffId;
import se.westum.consortium.domain.governance.StaffMember;
import se.westum.consortium.domain.governance.TermId;
import se.westum.consortium.domain.shared.DateRange;

/**
 * Test data for governance: a board of eight ordinary members (P-1 chair, P-2 vice chair, P-3
 * treasurer, P-4..P-8 members) and two deputies (D-1, D-2) for the term 2016. Names are invented.
 */
public final class GovernanceFixtures {

  private GovernanceFixtures() {}

  /** The year 2016. */
  public static final DateRange YEAR_2016 =
      new DateRange(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31));

  /** Person {@code P-n}. */
  public static PersonRef ordinary(int n) {
    return new PersonRef("P-" + n);
  }

  /** Deputy {@code D-n}. */
  public static PersonRef deputy(int n) {
    return new PersonRef("D-" + n);
  }

  /** The 2016 board term with two deputies, a nomination committee of two and two auditors. */
  public static BoardTerm board2016() {
    return boardTerm("2016", YEAR_2016);
  }

  /** A board of the same people for another term and period. */
  public static BoardTerm boardTerm(String id, DateRange period) {
    List<BoardSeat> seats = new ArrayList<>();
    BoardRole[] roles = {
      BoardRole.CHAIR,
      BoardRole.VICE_CHAIR,
      BoardRole.TREASURER,
      BoardRole.MEMBER,
      BoardRole.MEMBER,
      BoardRole.MEMBER,
      BoardRole.MEMBER,
      BoardRole.MEMBER
    };
    for (int i = 0; i < roles.length; i++) {
      seats.add(
          new BoardSeat(ordinary(i + 1), new PersonName("Ledamot Nummer" + (i + 1)), roles[i]));
    }
    seats.add(new BoardSeat(deputy(1), new PersonName("Suppleant Ett"), BoardRole.DEPUTY));
    seats.add(new BoardSeat(deputy(2), new PersonName("Suppleant Två"), BoardRole.DEPUTY));
    List<Position> positions =
        List.of(
            new Position(
                PositionKind.NOMINATION_COMMITTEE,
                new PersonRef("V-1"),
                new PersonName("Valberedare Ett")),
            new Position(
                PositionKind.NOMINATION_COMMITTEE,
                new PersonRef("V-2"),
                new PersonName("Valberedare Två")),
            new Position(PositionKind.AUDITOR, new PersonRef("R-1"), new PersonName("Revisor Ett")),
            new Position(
                PositionKind.AUDITOR, new PersonRef("R-2"), new PersonName("Revisor Två")));
    return new BoardTerm(new TermId(id), period, seats, positions);
  }

  /** A board meeting on {@code day} attended by {@code present}. */
  public static Meeting boardMeeting(String id, LocalDate day, PersonRef... present) {
    return new Meeting(
        new MeetingId(id),
        MeetingKind.BOARD_MEETING,
        DateRange.on(day),
        "Skövde",
        new TreeSet<>(List.of(present)));
  }

  /** Ordinary members {@code P-1} to {@code P-n}. */
  public static PersonRef[] firstOrdinary(int n) {
    PersonRef[] people = new PersonRef[n];
    for (int i = 0; i < n; i++) {
      people[i] = ordinary(i + 1);
    }
    return people;
  }

  /** Decision § {@code paragraph} of a meeting. */
  public static Decision decision(String meeting, int paragraph) {
    return new Decision(
        new DecisionId(new MeetingId(meeting), paragraph),
        "Ärende " + paragraph,
        "Beslutades enligt förslag");
  }

  /** Goal I of 2016. */
  public static Goal goal2016() {
    return new Goal(new GoalId("2016-I"), Year.of(2016), "I", "Strategisk kompetensförsörjning");
  }

  /** The annual conference of 2016: two days, 35 participants from two organisations. */
  public static Event conference2016() {
    return new Event(
        new EventId("2016-conference"),
        EventKind.CONFERENCE,
        "Westums årliga konferens",
        new DateRange(LocalDate.of(2016, 4, 20), LocalDate.of(2016, 4, 21)),
        "Billinge hus, Skövde",
        "SE",
        "Westum",
        Optional.of(new GoalId("2016-I")),
        new Participation.ByOrganisation(
            List.of(
                new OrganisationParticipants("Skövde kommun", "SE", 20),
                new OrganisationParticipants("Larvik kommune", "NO", 15))));
  }

  /** A coordinator employed from {@code started}, optionally to {@code ended}. */
  public static StaffMember coordinator(String id, LocalDate started, Optional<LocalDate> ended) {
    return new StaffMember(
        new StaffId(id),
        new PersonName("Koordinator " + id),
        "projektkoordinator",
        started,
        ended,
        new TreeSet<>(List.of("KOBRA")));
  }
}
