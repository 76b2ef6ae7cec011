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
package se.westum.consortium.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.governance.EventKind;
import se.westum.consortium.domain.governance.FiscalYear;
import se.westum.consortium.domain.governance.GovernanceFigures;
import se.westum.consortium.domain.governance.GovernanceFigures.BoardComposition;
import se.westum.consortium.domain.governance.GovernanceFigures.EventFigures;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.PersonName;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.governance.TermId;
import se.westum.consortium.domain.shared.DateRange;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GovernanceReportTest {

  private static final LocalDate DAY = LocalDate.of(2020, 3, 4);

  @Test
  void an_event_counted_by_organisation_names_its_organisations_and_countries() {
    // given
    EventFigures event =
        event(EventKind.WORKSHOP, 7, OptionalInt.of(3), Map.of("SE", 4, "DK", 2, "NO", 1));

    // when
    String text = GovernanceReport.describe(event);

    // then
    assertThat(text)
        .isEqualTo(
            "Verkstad (workshop), Borås: 7 participants from 3 organisations (DK 2, NO 1, SE 4)");
  }

  @Test
  void one_participant_is_written_in_the_singular() {
    // given
    EventFigures event = event(EventKind.CONTACT_SEMINAR, 1, OptionalInt.empty(), Map.of());

    // when
    String text = GovernanceReport.describe(event);

    // then
    assertThat(text).isEqualTo("Verkstad (contact seminar), Borås: 1 participant");
  }

  @Test
  void sessions_add_board_meetings_and_strategy_days() {
    // given
    GovernanceFigures figures =
        figures(
            Optional.empty(), Map.of(MeetingKind.BOARD_MEETING, 1, MeetingKind.STRATEGY_DAY, 1), 3);

    // when
    String sessions = GovernanceReport.of(figures).sessions();

    // then
    assertThat(sessions).isEqualTo("1 board meeting + 3 strategy days = 4 sessions");
  }

  @Test
  void a_deputy_is_counted_apart_from_the_ordinary_members() throws Exception {
    // given
    BoardComposition board =
        new BoardComposition(
            new TermId("T1"),
            new DateRange(DAY.withDayOfYear(1), DAY.withMonth(12).withDayOfMonth(31)),
            List.of(
                seat("P-1", "Ada Ordförande", BoardRole.CHAIR),
                seat("P-2", "Bo Kassör", BoardRole.TREASURER),
                seat("P-3", "Cy Suppleant", BoardRole.DEPUTY)),
            2,
            1,
            List.of(),
            List.of());
    GovernanceReport report = GovernanceReport.of(figures(Optional.of(board), Map.of(), 0));
    StringWriter text = new StringWriter();

    // when
    report.printText(new PrintWriter(text, true));
    JsonNode json = new ObjectMapper().readTree(report.json());

    // then
    assertThat(text.toString())
        .containsPattern("Board members: +3 \\(2 ordinary, 1 deputy\\)\\R")
        .containsPattern("Deputy +Cy Suppleant\\R")
        .containsPattern("Nomination committee: +none recorded\\R");
    // the JSON is the REST API's (schema GovernanceFigures)
    assertThat(json.get("board").get("members").asInt()).isEqualTo(3);
    assertThat(json.get("board").get("ordinaryMembers").asInt()).isEqualTo(2);
    assertThat(json.get("board").get("deputies").asInt()).isEqualTo(1);
    assertThat(json.get("board").get("seats").findValuesAsText("role"))
        .containsExactly("CHAIR", "TREASURER", "DEPUTY");
    assertThat(json.get("meetingsByKind").get("ANNUAL_MEETING").asInt()).isZero();
  }

  @Test
  void constant_names_become_words() {
    // expect
    assertThat(GovernanceReport.words("DISSEMINATION_CONFERENCE"))
        .isEqualTo("dissemination conference");
    assertThat(GovernanceReport.words("CHAIR")).isEqualTo("chair");
  }

  private static EventFigures event(
      EventKind kind, int participants, OptionalInt organisations, Map<String, Integer> byCountry) {
    return new EventFigures(
        new EventId("E-1"),
        kind,
        "Verkstad",
        DateRange.on(DAY),
        "Borås",
        participants,
        organisations,
        byCountry);
  }

  private static GovernanceFigures figures(
      Optional<BoardComposition> board, Map<MeetingKind, Integer> meetings, int strategyDays) {
    return new GovernanceFigures(
        FiscalYear.of(DAY.getYear()),
        board,
        meetings,
        strategyDays,
        0,
        List.of(),
        0,
        List.of(),
        List.of());
  }

  private static BoardSeat seat(String person, String name, BoardRole role) {
    return new BoardSeat(new PersonRef(person), new PersonName(name), role);
  }
}
