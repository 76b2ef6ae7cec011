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
package se.westum.consortium.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.in.RecordBoardTermCommand;
import se.westum.consortium.application.port.in.RecordBoardTermCommand.PositionHolder;
import se.westum.consortium.application.port.in.RecordBoardTermCommand.Seat;
import se.westum.consortium.application.port.in.RecordDecisionCommand;
import se.westum.consortium.application.port.in.RecordEventCommand;
import se.westum.consortium.application.port.in.RecordGoalCommand;
import se.westum.consortium.application.port.in.RecordMeetingCommand;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.EventKind;
import se.westum.consortium.domain.governance.GovernanceFigures;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.PositionKind;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.testing.InMemoryStorage;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GovernanceServiceTest {

  private final Consortium consortium = Consortium.builder().storage(new InMemoryStorage()).build();

  private static RecordBoardTermCommand board(String id, LocalDate start, LocalDate end) {
    List<Seat> seats = new ArrayList<>();
    BoardRole[] roles = {
      BoardRole.CHAIR, BoardRole.VICE_CHAIR, BoardRole.TREASURER, BoardRole.MEMBER,
      BoardRole.MEMBER, BoardRole.MEMBER, BoardRole.MEMBER, BoardRole.MEMBER
    };
    for (int i = 0; i < roles.length; i++) {
      seats.add(new Seat("P-" + (i + 1), "Person " + (i + 1), roles[i]));
    }
    seats.add(new Seat("D-1", "Deputy One", BoardRole.DEPUTY));
    return new RecordBoardTermCommand(
        id,
        start,
        end,
        seats,
        List.of(new PositionHolder(PositionKind.AUDITOR, "R-1", "Auditor One")));
  }

  private static List<String> people(String... refs) {
    return List.of(refs);
  }

  @BeforeEach
  void a_board_of_eight_ordinary_members_and_a_deputy() {
    consortium
        .governance()
        .recordBoardTerm(board("2016", LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)));
  }

  @Test
  void a_decision_is_refused_when_four_of_eight_ordinary_members_attend() {
    // given
    consortium
        .governance()
        .recordMeeting(
            new RecordMeetingCommand(
                "B2016-03",
                MeetingKind.BOARD_MEETING,
                LocalDate.of(2016, 3, 10),
                null,
                "Skövde",
                people("P-1", "P-2", "P-3", "P-4")));

    // when / then
    assertThatThrownBy(
            () ->
                consortium
                    .governance()
                    .recordDecision(
                        new RecordDecisionCommand("B2016-03", 4, "Budget", "Fastställdes")))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("4 of 8 ordinary members present: not quorate")
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("not-quorate");
    assertThat(consortium.governance().decisions(new MeetingId("B2016-03"))).isEmpty();
  }

  @Test
  void a_decision_is_accepted_when_a_deputy_replaces_a_fifth_absent_member() {
    // given
    consortium
        .governance()
        .recordMeeting(
            new RecordMeetingCommand(
                "B2016-03",
                MeetingKind.BOARD_MEETING,
                LocalDate.of(2016, 3, 10),
                null,
                "Skövde",
                people("P-1", "P-2", "P-3", "P-4", "D-1")));

    // when
    Decision decision =
        consortium
            .governance()
            .recordDecision(new RecordDecisionCommand("B2016-03", 4, "Budget", "Fastställdes"));

    // then
    assertThat(decision.id().value()).isEqualTo("B2016-03§4");
    assertThat(consortium.governance().decisions(new MeetingId("B2016-03")))
        .containsExactly(decision);
  }

  @Test
  void a_decision_of_an_unknown_meeting_is_a_missing_reference_at_its_meeting() {
    assertThatThrownBy(
            () ->
                consortium
                    .governance()
                    .recordDecision(new RecordDecisionCommand("NOPE", 1, "x", "y")))
        .isInstanceOfSatisfying(
            MissingReferenceException.class, e -> assertThat(e.field()).isEqualTo("meeting"));
  }

  @Test
  void terms_of_the_board_may_not_overlap() {
    assertThatThrownBy(
            () ->
                consortium
                    .governance()
                    .recordBoardTerm(
                        board("2016b", LocalDate.of(2016, 6, 1), LocalDate.of(2017, 5, 31))))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("overlaps term 2016");
  }

  @Test
  void an_event_takes_exactly_one_form_of_participation() {
    // given
    consortium
        .governance()
        .recordGoal(new RecordGoalCommand("2016-IV", 2016, "IV", "Stärka nätverk"));
    RecordEventCommand both =
        new RecordEventCommand(
            "conf",
            EventKind.CONFERENCE,
            "Årlig konferens",
            LocalDate.of(2016, 4, 20),
            LocalDate.of(2016, 4, 21),
            "Billinge hus, Skövde",
            "SE",
            "Westum",
            "2016-IV",
            35,
            List.of(new RecordEventCommand.OrganisationCount("Skövde kommun", "SE", 35)),
            null);

    // when / then
    assertThatThrownBy(() -> consortium.governance().recordEvent(both))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("exactly one");
  }

  @Test
  void the_figures_of_the_year_count_meetings_decisions_and_events() {
    // given
    consortium
        .governance()
        .recordGoal(new RecordGoalCommand("2016-IV", 2016, "IV", "Stärka nätverk"));
    consortium
        .governance()
        .recordMeeting(
            new RecordMeetingCommand(
                "B1",
                MeetingKind.BOARD_MEETING,
                LocalDate.of(2016, 2, 1),
                null,
                "Skövde",
                people("P-1", "P-2", "P-3", "P-4", "P-5")));
    consortium
        .governance()
        .recordMeeting(
            new RecordMeetingCommand(
                "S1",
                MeetingKind.STRATEGY_DAY,
                LocalDate.of(2016, 8, 22),
                LocalDate.of(2016, 8, 23),
                "Lidköping",
                people("P-1", "P-2", "P-3", "P-4", "P-5", "P-6")));
    consortium
        .governance()
        .recordDecision(new RecordDecisionCommand("B1", 1, "Budget", "Fastställdes"));
    consortium
        .governance()
        .recordEvent(
            new RecordEventCommand(
                "conf",
                EventKind.CONFERENCE,
                "Årlig konferens",
                LocalDate.of(2016, 4, 20),
                LocalDate.of(2016, 4, 21),
                "Billinge hus, Skövde",
                "SE",
                "Westum",
                "2016-IV",
                35,
                null,
                null));

    // when
    GovernanceFigures figures = consortium.governance().figures(2016);

    // then
    assertThat(figures.boardMeetings()).isEqualTo(1);
    assertThat(figures.strategyDays()).isEqualTo(2);
    assertThat(figures.decisions()).isEqualTo(1);
    assertThat(figures.events())
        .singleElement()
        .extracting(GovernanceFigures.EventFigures::participants)
        .isEqualTo(35);
    assertThat(figures.board().orElseThrow().ordinaryMembers()).isEqualTo(8);
  }
}
