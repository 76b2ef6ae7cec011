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
package se.westum.consortium.domain.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.westum.consortium.testing.GovernanceFixtures.board2016;
import static se.westum.consortium.testing.GovernanceFixtures.boardMeeting;
import static se.westum.consortium.testing.GovernanceFixtures.conference2016;
import static se.westum.consortium.testing.GovernanceFixtures.coordinator;
import static se.westum.consortium.testing.GovernanceFixtures.decision;
import static se.westum.consortium.testing.GovernanceFixtures.firstOrdinary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.governance.EventKind;
import se.westum.consortium.domain.governance.FiscalYear;
import se.westum.consortium.domain.governance.GovernanceFigures;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.Participation;
import se.westum.consortium.domain.governance.PersonName;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.governance.StaffMember;
import se.westum.consortium.domain.shared.DateRange;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GovernanceCountTest {

  private final GovernanceCount count = new GovernanceCount();

  @Test
  void seven_board_meetings_and_a_two_day_strategy_meeting_make_nine_sessions() {
    // given
    List<Meeting> meetings = new ArrayList<>();
    for (int month = 1; month <= 7; month++) {
      meetings.add(boardMeeting("B" + month, LocalDate.of(2016, month, 10), firstOrdinary(5)));
    }
    meetings.add(
        new Meeting(
            new MeetingId("S1"),
            MeetingKind.STRATEGY_DAY,
            new DateRange(LocalDate.of(2016, 8, 22), LocalDate.of(2016, 8, 23)),
            "Lidköping",
            new TreeSet<>()));
    meetings.add(boardMeeting("B2017", LocalDate.of(2017, 1, 10), firstOrdinary(5)));

    // when
    GovernanceFigures figures =
        count.figures(
            FiscalYear.of(2016),
            List.of(board2016()),
            meetings,
            List.of(decision("B1", 1), decision("B1", 2), decision("B2017", 1)),
            List.of(),
            List.of());

    // then
    assertThat(figures.boardMeetings()).isEqualTo(7);
    assertThat(figures.strategyDays()).isEqualTo(2);
    assertThat(figures.boardSessions()).isEqualTo(9);
    assertThat(figures.decisions()).isEqualTo(2);
    assertThat(figures.board().orElseThrow().members()).isEqualTo(10);
    assertThat(figures.board().orElseThrow().ordinaryMembers()).isEqualTo(8);
    assertThat(figures.board().orElseThrow().seats().get(0).role()).isEqualTo(BoardRole.CHAIR);
  }

  @Test
  void events_report_participants_organisations_and_countries() {
    // when
    GovernanceFigures figures =
        count.figures(
            FiscalYear.of(2016),
            List.of(),
            List.of(),
            List.of(),
            List.of(conference2016()),
            List.of());

    // then
    GovernanceFigures.EventFigures conference = figures.events().get(0);
    assertThat(conference.participants()).isEqualTo(35);
    assertThat(conference.organisations()).hasValue(2);
    assertThat(conference.byCountry()).containsEntry("SE", 20).containsEntry("NO", 15);
  }

  @Test
  void distinct_people_are_counted_once_across_events() {
    // given two events sharing one person
    Event first =
        conference2016()
            .withParticipation(
                new Participation.ByPerson(
                    new TreeSet<>(List.of(new PersonRef("A"), new PersonRef("B")))));
    Event second =
        new Event(
            new EventId("horsens"),
            EventKind.PARTNERSHIP_MEETING,
            "Partnerskapsmöte",
            DateRange.on(LocalDate.of(2016, 11, 2)),
            "Horsens",
            "DK",
            "KOBRA",
            Optional.empty(),
            new Participation.ByPerson(
                new TreeSet<>(List.of(new PersonRef("B"), new PersonRef("C")))));

    // when
    GovernanceFigures figures =
        count.figures(
            FiscalYear.of(2016),
            List.of(),
            List.of(),
            List.of(),
            List.of(first, second),
            List.of());

    // then
    assertThat(figures.peopleAtEvents()).isEqualTo(3);
  }

  @Test
  void staff_who_started_or_left_in_the_year_are_reported() {
    // given
    List<StaffMember> staff =
        List.of(
            coordinator("S-1", LocalDate.of(2012, 9, 1), Optional.of(LocalDate.of(2016, 10, 31))),
            coordinator("S-2", LocalDate.of(2016, 9, 15), Optional.of(LocalDate.of(2017, 2, 28))),
            coordinator("S-3", LocalDate.of(2017, 1, 9), Optional.empty()));

    // when
    GovernanceFigures figures =
        count.figures(FiscalYear.of(2016), List.of(), List.of(), List.of(), List.of(), staff);

    // then
    assertThat(figures.staffStarted()).extracting(c -> c.staff().value()).containsExactly("S-2");
    assertThat(figures.staffLeft()).extracting(c -> c.staff().value()).containsExactly("S-1");
  }

  @Test
  void a_board_term_needs_one_chair_and_a_treasurer_and_one_seat_per_person() {
    BoardTerm board = board2016();
    List<BoardSeat> twoChairs = new ArrayList<>(board.seats());
    twoChairs.set(
        1, new BoardSeat(twoChairs.get(1).person(), twoChairs.get(1).name(), BoardRole.CHAIR));
    List<BoardSeat> noTreasurer = new ArrayList<>(board.seats());
    noTreasurer.remove(2);
    List<BoardSeat> twice = new ArrayList<>(board.seats());
    twice.add(new BoardSeat(twice.get(3).person(), twice.get(3).name(), BoardRole.SECRETARY));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new BoardTerm(board.id(), board.period(), twoChairs, List.of()))
        .hasMessageContaining("exactly one chair");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new BoardTerm(board.id(), board.period(), noTreasurer, List.of()))
        .hasMessageContaining("treasurer");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new BoardTerm(board.id(), board.period(), twice, List.of()))
        .hasMessageContaining("more than one seat");
  }

  @Test
  void a_persons_name_is_masked_in_text() {
    assertThat(new PersonName("Anders Brunberg")).hasToString("A*** B***");
    assertThat(new PersonName("Anders Brunberg").value()).isEqualTo("Anders Brunberg");
  }
}
