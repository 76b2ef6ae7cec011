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
package se.westum.consortium.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.westum.consortium.csv.GovernanceLines.ATTENDANCE;
import static se.westum.consortium.csv.GovernanceLines.BOARD;
import static se.westum.consortium.csv.GovernanceLines.DECISIONS;
import static se.westum.consortium.csv.GovernanceLines.EVENTS;
import static se.westum.consortium.csv.GovernanceLines.GOALS;
import static se.westum.consortium.csv.GovernanceLines.MEETINGS;
import static se.westum.consortium.csv.GovernanceLines.PARTICIPANTS;
import static se.westum.consortium.csv.GovernanceLines.POSITIONS;
import static se.westum.consortium.csv.GovernanceLines.board2016;
import static se.westum.consortium.csv.GovernanceLines.boardMeeting;
import static se.westum.consortium.csv.GovernanceLines.event;
import static se.westum.consortium.csv.GovernanceLines.file;
import static se.westum.consortium.csv.GovernanceLines.present;
import static se.westum.consortium.csv.GovernanceLines.seat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.westum.consortium.application.port.in.GovernanceDataset;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.RecordsRefusedException;
import se.westum.consortium.domain.shared.SourceLocation;
import se.westum.consortium.testing.InMemoryStorage;

/**
 * Every kind of bad governance input is reported with file, line, column, column name and reason;
 * each test writes real files to a temporary folder.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GovernanceProblemsTest {

  @TempDir Path dir;

  private final CsvDatasetReader reader = CsvDatasets.reader(CsvDialect.EXCEL_SV);

  /**
   * The problems of the folder: those of its files as CSV ({@code readGovernance}), else the
   * records the core refused ({@code importGovernance}) as the dataset placed them; either way
   * nothing is written.
   */
  private List<CsvProblem> problems() {
    InMemoryStorage storage = new InMemoryStorage();
    Consortium consortium = Consortium.builder().storage(storage).build();
    DomainException thrown =
        catchThrowableOfType(
            DomainException.class,
            () -> consortium.governance().importDataset(reader.readGovernance(dir)));
    assertThat(thrown).as("the import is refused").isNotNull();
    assertThat(storage.boardTerms().all()).as("nothing written").isEmpty();
    assertThat(consortium.governance().goals(2016)).as("nothing written").isEmpty();
    if (thrown instanceof CsvImportException csv) {
      return csv.problems();
    }
    assertThat(thrown).isInstanceOf(RecordsRefusedException.class);
    return ((RecordsRefusedException) thrown)
        .refused().stream()
            .map(
                r -> {
                  SourceLocation at = r.location().orElseThrow();
                  return new CsvProblem(
                      at.file(), at.line(), at.column(), at.columnName(), r.message());
                })
            .toList();
  }

  private static Consumer<CsvProblem> problem(
      String file, long line, int column, String columnName, String reason) {
    return p -> {
      assertThat(p.file()).as("file").isEqualTo(file);
      assertThat(p.line()).as("line").isEqualTo(line);
      assertThat(p.column()).as("column").isEqualTo(column);
      assertThat(p.columnName()).as("column name").isEqualTo(columnName);
      assertThat(p.reason()).as("reason").contains(reason);
    };
  }

  private DatasetFolder folder() {
    return DatasetFolder.in(dir);
  }

  /** Board 2016, one board meeting B-1 on 2016-03-17 attended by {@code people}, and § 1. */
  private DatasetFolder decisionAtMeetingAttendedBy(String... people) {
    return folder()
        .excelSv("board.csv", board2016())
        .excelSv("meetings.csv", file(MEETINGS, boardMeeting("B-1", "2016-03-17")))
        .excelSv("attendance.csv", file(ATTENDANCE, present("B-1", people)))
        .excelSv("decisions.csv", file(DECISIONS, "B-1;1;Budget 2016;Fastställdes"));
  }

  // attendance

  @Test
  void a_person_present_at_a_board_meeting_without_a_seat_is_refused_at_their_attendance_row() {
    // given X-9 holds no seat in term 2016; the core sorts the people present, the file does not
    folder()
        .excelSv("board.csv", board2016())
        .excelSv("meetings.csv", file(MEETINGS, boardMeeting("B-1", "2016-03-17")))
        .excelSv("attendance.csv", file(ATTENDANCE, "B-1;P-5", "B-1;X-9", "B-1;P-1"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem(
                "attendance.csv",
                3,
                2,
                "person",
                "present[2]: no board seat of 'X-9' in term 2016, which covers B-1 on 2016-03-17"));
  }

  @Test
  void people_at_a_project_board_meeting_need_no_seat_on_the_board() throws Exception {
    // given
    folder()
        .excelSv("board.csv", board2016())
        .excelSv("meetings.csv", file(MEETINGS, "PB-1;PROJECT_BOARD_MEETING;2016-03-08;;Larvik"))
        .excelSv("attendance.csv", file(ATTENDANCE, "PB-1;X-9"));
    Consortium consortium = Consortium.builder().storage(new InMemoryStorage()).build();

    // when
    consortium.governance().importDataset(reader.readGovernance(dir));

    // then
    assertThat(consortium.governance().meeting(new MeetingId("PB-1")).orElseThrow().present())
        .hasSize(1);
  }

  // quorum

  @Test
  void a_decision_at_a_meeting_where_4_of_8_ordinary_members_attend_is_refused_with_the_reason() {
    // given
    decisionAtMeetingAttendedBy("P-1", "P-2", "P-3", "P-4");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem(
                "decisions.csv",
                2,
                1,
                "meeting",
                "decision B-1§1 refused: meeting B-1: 4 of 8 ordinary members present: not quorate"
                    + " (more than half, 5, needed)"));
  }

  @Test
  void the_same_decision_is_accepted_when_a_deputy_stands_in_for_a_fifth_absent_member() {
    // given
    decisionAtMeetingAttendedBy("P-1", "P-2", "P-3", "P-4", "D-1");

    // when
    GovernanceDataset dataset = reader.readGovernance(dir);

    // then
    try (Stream<Decision> decisions = dataset.decisions()) {
      assertThat(decisions.toList())
          .singleElement()
          .satisfies(d -> assertThat(d.id().value()).isEqualTo("B-1§1"));
    }
  }

  @Test
  void a_deputy_does_not_count_beyond_the_absent_ordinary_members() {
    // given: three ordinary members and the deputy count four; five are needed
    decisionAtMeetingAttendedBy("P-1", "P-2", "P-3", "D-1");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem(
                "decisions.csv",
                2,
                1,
                "meeting",
                "3 of 8 ordinary members present and 1 deputy standing in: not quorate"));
  }

  @Test
  void every_decision_at_a_meeting_that_is_not_quorate_is_reported() {
    // given
    decisionAtMeetingAttendedBy("P-1")
        .excelSv(
            "decisions.csv",
            file(DECISIONS, "B-1;1;Budget;Fastställdes", "B-1;2;Plan;Fastställdes"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem("decisions.csv", 2, 1, "meeting", "1 of 8 ordinary members present"),
            problem("decisions.csv", 3, 1, "meeting", "1 of 8 ordinary members present"));
  }

  @Test
  void a_decision_at_a_board_meeting_that_no_board_term_covers_is_refused() {
    // given
    folder()
        .excelSv("board.csv", board2016())
        .excelSv("meetings.csv", file(MEETINGS, boardMeeting("B-1", "2017-02-01")))
        .excelSv("decisions.csv", file(DECISIONS, "B-1;1;Budget;Fastställdes"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem(
                "decisions.csv",
                2,
                1,
                "meeting",
                "decision B-1§1 refused: meeting B-1: no board term covers 2017-02-01"));
  }

  @Test
  void a_decision_of_a_project_board_is_not_judged_by_the_boards_quorum() {
    // given: no board and no attendance at all
    folder()
        .excelSv("meetings.csv", file(MEETINGS, "PB-1;project_board_meeting;2016-03-08;;Larvik"))
        .excelSv("decisions.csv", file(DECISIONS, "PB-1;1;Budget;Fastställdes"));

    // when
    GovernanceDataset dataset = reader.readGovernance(dir);

    // then
    try (Stream<Decision> decisions = dataset.decisions()) {
      assertThat(decisions).hasSize(1);
    }
  }

  // references between files

  @Test
  void a_position_of_a_term_not_in_board_csv_is_reported_at_its_term() {
    // given
    folder()
        .excelSv("board.csv", board2016())
        .excelSv(
            "positions.csv",
            file(POSITIONS, "2016;AUDITOR;R-1;Revisor Ett", "2017;AUDITOR;R-2;Revisor Två"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(problem("positions.csv", 3, 1, "term", "no board term 2017 in board.csv"));
  }

  @Test
  void attendance_at_a_meeting_not_in_meetings_csv_is_reported_at_its_meeting() {
    // given
    folder()
        .excelSv("meetings.csv", file(MEETINGS, boardMeeting("B-1", "2016-03-17")))
        .excelSv("attendance.csv", file(ATTENDANCE, "B-1;P-1", "B-9;P-1"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(problem("attendance.csv", 3, 1, "meeting", "no meeting B-9 in meetings.csv"));
  }

  @Test
  void a_decision_of_a_meeting_not_in_meetings_csv_is_reported_at_its_meeting() {
    // given
    folder().excelSv("decisions.csv", file(DECISIONS, "B-9;1;Budget;Fastställdes"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(problem("decisions.csv", 2, 1, "meeting", "meeting: no meeting 'B-9'"));
  }

  @Test
  void an_event_for_a_goal_not_in_goals_csv_is_reported_at_its_goal() {
    // given
    folder()
        .excelSv("goals.csv", file(GOALS, "2016-I;2016;I;Strategisk kompetensförsörjning"))
        .excelSv(
            "events.csv",
            file(
                EVENTS,
                "E-1;CONFERENCE;Konferens;2016-04-20;;Skövde;SE;Westum;2016-I;35",
                "E-2;CONFERENCE;Konferens;2016-04-20;;Skövde;SE;Westum;2016-V;35"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(problem("events.csv", 3, 9, "goal", "goal: no goal '2016-V'"));
  }

  @Test
  void participants_of_an_event_not_in_events_csv_are_reported_at_their_event() {
    // given
    folder()
        .excelSv("events.csv", file(EVENTS, event("E-1", "")))
        .excelSv("event_participants.csv", file(PARTICIPANTS, "E-1;;;;T-1", "E-2;;;;T-1"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(problem("event_participants.csv", 3, 1, "event", "no event E-2 in events.csv"));
  }

  // board terms

  @Test
  void a_second_chair_is_reported_at_its_role_naming_the_first() {
    // given
    folder().excelSv("board.csv", board2016(seat("P-9", "chair")));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem("board.csv", 11, 6, "role", "term 2016 needs exactly one chair, has more"));
  }

  @Test
  void a_term_without_a_chair_is_reported_at_its_first_row() {
    // given
    folder().excelSv("board.csv", file(BOARD, seat("P-1", "TREASURER"), seat("P-2", "MEMBER")));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(problem("board.csv", 2, 6, "role", "term 2016 needs exactly one chair, has 0"));
  }

  @Test
  void a_term_without_a_treasurer_is_reported_at_its_first_row() {
    // given
    folder().excelSv("board.csv", file(BOARD, seat("P-1", "MEMBER"), seat("P-2", "CHAIR")));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(problem("board.csv", 2, 6, "role", "term 2016 needs a treasurer"));
  }

  @Test
  void a_person_with_a_second_seat_in_a_term_is_reported_at_the_person() {
    // given
    folder().excelSv("board.csv", board2016(seat("P-4", "DEPUTY")));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem(
                "board.csv", 11, 4, "person", "person P-4 holds more than one seat in term 2016"));
  }

  @Test
  void rows_of_a_term_with_another_start_or_end_are_reported_at_that_cell() {
    // given
    folder()
        .excelSv(
            "board.csv",
            board2016(
                "2016;2016-02-01;2016-12-31;P-9;Ledamot Nio;MEMBER",
                "2016;2016-01-01;2017-01-31;P-10;Ledamot Tio;MEMBER"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem(
                "board.csv",
                11,
                2,
                "term_start",
                "term 2016 covers 2016-01-01 – 2016-12-31 on its first row: every row of a term"
                    + " gives the same term_start"),
            problem(
                "board.csv",
                12,
                3,
                "term_end",
                "term 2016 covers 2016-01-01 – 2016-12-31 on its first row: every row of a term"
                    + " gives the same term_end"));
  }

  @Test
  void overlapping_terms_are_reported_at_the_later_terms_first_row() {
    // given
    folder()
        .excelSv(
            "board.csv",
            board2016(
                "2017;2016-07-01;2017-06-30;P-1;Ledamot Ett;CHAIR",
                "2017;2016-07-01;2017-06-30;P-2;Ledamot Två;TREASURER"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem(
                "board.csv",
                11,
                2,
                "term_start",
                "board term 2017 (2016-07-01 – 2017-06-30) overlaps term 2016 (2016-01-01 –"
                    + " 2016-12-31)"));
  }

  @Test
  void a_term_ending_before_it_starts_is_reported_at_term_end() {
    // given
    folder()
        .excelSv(
            "board.csv",
            file(
                BOARD,
                "2016;2016-01-01;2015-12-31;P-1;Ledamot Ett;CHAIR",
                "2016;2016-01-01;2015-12-31;P-2;Ledamot Två;TREASURER"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem(
                "board.csv",
                2,
                3,
                "term_end",
                "a period cannot end (2015-12-31) before it starts (2016-01-01)"),
            problem("board.csv", 3, 3, "term_end", "a period cannot end"));
  }

  @Test
  void an_unknown_role_lists_the_roles() {
    // given
    folder().excelSv("board.csv", board2016(seat("P-9", "ORDFÖRANDE")));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem(
                "board.csv",
                11,
                6,
                "role",
                "'ORDFÖRANDE' is not a role; use CHAIR, VICE_CHAIR, TREASURER, SECRETARY, MEMBER"
                    + " or DEPUTY"));
  }

  @Test
  void a_malformed_person_reference_and_a_blank_name_are_both_reported() {
    // given
    folder().excelSv("board.csv", board2016("2016;2016-01-01;2016-12-31;P 9; ;MEMBER"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem(
                "board.csv",
                11,
                4,
                "person",
                "a person reference has 1 to 40 letters, digits, '.', '-' or '_', not starting with '-': 'P 9'"),
            problem("board.csv", 11, 5, "name", "a value is required"));
  }

  @Test
  void the_same_position_twice_is_a_duplicate() {
    // given
    folder()
        .excelSv("board.csv", board2016())
        .excelSv(
            "positions.csv",
            file(
                POSITIONS,
                "2016;AUDITOR;R-1;Revisor Ett",
                "2016;nomination_committee;R-1;Revisor Ett",
                "2016;AUDITOR;R-1;Revisor Ett"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem(
                "positions.csv", 4, 3, "person", "person R-1 holds AUDITOR twice in term 2016"));
  }

  // meetings, attendance and decisions

  @Test
  void a_meeting_ending_before_it_starts_and_an_unknown_kind_are_reported_at_their_cells() {
    // given
    folder()
        .excelSv(
            "meetings.csv",
            file(
                MEETINGS,
                "SD-1;STRATEGY_DAY;2016-08-26;2016-08-25;Mariestad",
                "M-2;MÖTE;2016-01-01;;Skövde"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem(
                "meetings.csv",
                2,
                4,
                "end",
                "a period cannot end (2016-08-25) before it starts (2016-08-26)"),
            problem(
                "meetings.csv",
                3,
                2,
                "kind",
                "'MÖTE' is not a kind; use BOARD_MEETING, STRATEGY_DAY, ANNUAL_MEETING,"
                    + " PROJECT_BOARD_MEETING or WORKING_GROUP_MEETING"));
  }

  @Test
  void a_duplicate_meeting_id_names_the_first_line() {
    // given
    folder()
        .excelSv(
            "meetings.csv",
            file(MEETINGS, boardMeeting("B-1", "2016-03-17"), boardMeeting("B-1", "2016-04-17")));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(problem("meetings.csv", 3, 1, "id", "meeting B-1 is given more than once"));
  }

  @Test
  void the_same_paragraph_twice_at_a_meeting_is_a_duplicate() {
    // given
    decisionAtMeetingAttendedBy("P-1", "P-2", "P-3", "P-4", "P-5")
        .excelSv(
            "decisions.csv",
            file(DECISIONS, "B-1;1;Budget;Fastställdes", "B-1;1;Plan;Fastställdes"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem("decisions.csv", 3, 2, "paragraph", "decision B-1§1 is given more than once"));
  }

  @Test
  void a_paragraph_that_is_not_a_positive_whole_number_is_reported() {
    // given
    decisionAtMeetingAttendedBy("P-1", "P-2", "P-3", "P-4", "P-5")
        .excelSv(
            "decisions.csv",
            file(DECISIONS, "B-1;0;Budget;Fastställdes", "B-1;§2;Plan;Fastställdes"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem("decisions.csv", 2, 2, "paragraph", "the paragraph is 1 to 1000000, not 0"),
            problem(
                "decisions.csv",
                3,
                2,
                "paragraph",
                "'§2' is not a whole number: write digits, for example 3"));
  }

  // goals, events and participants

  @Test
  void a_goal_number_that_is_no_roman_numeral_is_reported_at_its_number() {
    // given
    folder().excelSv("goals.csv", file(GOALS, "2016-I;2016;1;Strategisk kompetensförsörjning"));

    // when / then
    assertThat(problems())
        .satisfiesExactly(
            problem("goals.csv", 2, 3, "number", "a goal is numbered I, II, III, ...: '1'"));
  }

  @Test
  void a_goal_id_given_twice_is_refused_by_the_import_at_the_second_id() {
    // given
    folder()
        .excelSv(
            "goals.csv",
            file(GOALS, "2016-I;2016;I;Strategisk kompetensförsörjning", "2016-I;2016;II;Nätverk"));

    // when / then
    assertThat(problems())
        .satisfiesExactly(problem("goals.csv", 3, 1, "id", "goal 2016-I is given more than once"));
  }

  @Test
  void an_event_with_a_total_and_participant_rows_is_reported_at_its_total() {
    // given
    folder()
        .excelSv("events.csv", file(EVENTS, event("E-1", "35")))
        .excelSv("event_participants.csv", file(PARTICIPANTS, "E-1;;;;T-1", "E-1;;;;T-2"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem(
                "events.csv",
                2,
                10,
                "participants",
                "event E-1 gives a total here and also has rows in event_participants.csv: give the"
                    + " participants either as a total here or as rows there, not both"));
  }

  @Test
  void an_event_without_a_total_or_participant_rows_is_reported_at_its_total() {
    // given
    folder().excelSv("events.csv", file(EVENTS, event("E-1", "0"), event("E-2", "")));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem(
                "events.csv",
                3,
                10,
                "participants",
                "event E-2 has no participants: give the total here (0 when no one took part) or"
                    + " rows in event_participants.csv"));
  }

  @Test
  void an_event_without_participants_is_reported_at_its_row_when_events_csv_has_no_total_column() {
    // given
    folder()
        .excelSv(
            "events.csv",
            "id;kind;name;start;place;country;organiser",
            "E-1;WORKSHOP;Workshop;2016-04-20;Skövde;SE;Westum");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(problem("events.csv", 2, 0, "", "event E-1 has no participants"));
  }

  @Test
  void an_event_mixing_organisation_and_person_rows_is_reported_at_the_rows_of_the_other_kind() {
    // given
    folder()
        .excelSv("events.csv", file(EVENTS, event("E-1", ""), event("E-2", "")))
        .excelSv(
            "event_participants.csv",
            file(
                PARTICIPANTS,
                "E-1;Skövde kommun;SE;3;",
                "E-1;;;;T-1",
                "E-2;;;;T-1",
                "E-2;Borås Stad;SE;1;"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem(
                "event_participants.csv",
                3,
                5,
                "person",
                "event E-1 lists both organisations and persons: an event lists either, not both"),
            problem(
                "event_participants.csv",
                5,
                2,
                "organisation",
                "event E-2 lists both organisations and persons"));
  }

  @Test
  void
      an_organisation_listed_twice_for_an_event_is_refused_by_the_event_and_a_person_counts_once() {
    // given
    folder()
        .excelSv("events.csv", file(EVENTS, event("E-1", ""), event("E-2", "")))
        .excelSv(
            "event_participants.csv",
            file(
                PARTICIPANTS,
                "E-1;Skövde kommun;SE;3;",
                "E-1;Skövde kommun;SE;2;",
                "E-2;;;;T-1",
                "E-2;;;;T-1",
                "E-1;Borås Stad;SE;1;"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem(
                "event_participants.csv",
                3,
                2,
                "organisation",
                "organisation 'Skövde kommun' is listed more than once: an organisation is listed"
                    + " once per event"));
  }

  @Test
  void a_participant_row_of_both_or_neither_shape_is_reported() {
    // given
    folder()
        .excelSv("events.csv", file(EVENTS, event("E-1", "")))
        .excelSv(
            "event_participants.csv",
            file(PARTICIPANTS, "E-1;Skövde kommun;SE;3;T-1", "E-1;;;;", "E-1;Borås Stad;SE;;"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem(
                "event_participants.csv",
                2,
                5,
                "person",
                "a row gives an organisation (organisation, country, count) or a person, not both"),
            problem(
                "event_participants.csv",
                3,
                0,
                "",
                "the row gives neither an organisation (organisation, country, count) nor a"
                    + " person"),
            problem("event_participants.csv", 4, 4, "count", "a value is required"));
  }

  @Test
  void an_organisation_count_below_one_and_a_negative_total_are_refused_by_the_core_rules() {
    // given
    folder()
        .excelSv("events.csv", file(EVENTS, event("E-1", ""), event("E-2", "-1")))
        .excelSv("event_participants.csv", file(PARTICIPANTS, "E-1;Skövde kommun;SE;0;"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem(
                "events.csv", 3, 10, "participants", "the participants is 0 to 1000000, not -1"),
            problem("event_participants.csv", 2, 4, "count", "the count is 1 to 1000000, not 0"));
  }

  @Test
  void an_event_country_that_is_no_iso_code_is_reported_at_its_country() {
    // given
    folder()
        .excelSv(
            "events.csv",
            file(
                EVENTS,
                "E-1;STUDY_VISIT;Studiebesök;2016-05-10;2016-05-12;Milano;Italien;Westum;;8"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem(
                "events.csv", 2, 7, "country", "a country is a two-letter ISO code: 'ITALIEN'"));
  }

  @Test
  void participant_columns_for_organisations_come_together_in_the_header() {
    // given
    folder()
        .excelSv("events.csv", file(EVENTS, event("E-1", "")))
        .excelSv("event_participants.csv", "event;organisation;country", "E-1;Skövde kommun;SE");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem(
                "event_participants.csv",
                1,
                0,
                "",
                "missing column 'count' in the header: the columns organisation, country, count"
                    + " come together"));
  }

  // staff

  @Test
  void a_duplicate_event_id_names_the_first_line() {
    // given
    folder().excelSv("events.csv", file(EVENTS, event("E-1", "1"), event("E-1", "2")));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(problem("events.csv", 3, 1, "id", "event E-1 is given more than once"));
  }

  // files, headers and order

  @Test
  void problems_of_several_files_come_in_file_order_and_line_order() {
    // given cells that cannot be read in three files
    folder()
        .excelSv("board.csv", board2016(seat("P 9", "CHAIR")))
        .excelSv("meetings.csv", file(MEETINGS, "B-1;BOARD_MEETING;igår;;Skövde"))
        .excelSv("events.csv", file(EVENTS, event("E-1", "x"), event("E-2", "")));

    // when
    List<CsvProblem> problems = problems();

    // then cells first: whole records are judged once every cell can be read
    assertThat(problems)
        .satisfiesExactly(
            problem("board.csv", 11, 4, "person", "'P 9'"),
            problem("meetings.csv", 2, 3, "start", "'igår' is not a date"),
            problem("events.csv", 2, 10, "participants", "'x' is not a whole number"));
  }

  @Test
  void problems_of_joined_records_in_several_files_are_all_reported() {
    // given
    folder()
        .excelSv("board.csv", board2016(seat("P-9", "CHAIR")))
        .excelSv("events.csv", file(EVENTS, event("E-2", "")))
        .excelSv("event_participants.csv", file(PARTICIPANTS, "E-9;;;;T-1"));

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem("board.csv", 11, 6, "role", "needs exactly one chair, has more"),
            problem("events.csv", 2, 10, "participants", "event E-2 has no participants"),
            problem("event_participants.csv", 2, 1, "event", "no event E-9 in events.csv"));
  }

  @Test
  void a_broken_meetings_file_is_not_used_to_judge_the_rows_that_refer_to_it() {
    // given
    folder()
        .excelSv(
            "meetings.csv",
            file(MEETINGS, boardMeeting("B-1", "2016-03-17"), "B-2;\"BOARD_MEETING;2016-04-01;;X"))
        .excelSv("attendance.csv", file(ATTENDANCE, "B-1;P-1", "B-3;P-1"));

    // when
    List<CsvProblem> problems = problems();

    // then: B-3 might have been in the part of meetings.csv that could not be read
    assertThat(problems)
        .singleElement()
        .satisfies(problem("meetings.csv", 3, 0, "", "unbalanced quote"));
  }

  @Test
  void an_empty_governance_file_and_an_unknown_column_are_reported() {
    // given
    folder()
        .bytes("goals.csv", new byte[0])
        .excelSv("meetings.csv", MEETINGS + ";chair", "B-1;BOARD_MEETING;2016-03-17;;Skövde;P-1");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .satisfiesExactly(
            problem(
                "meetings.csv",
                1,
                6,
                "chair",
                "unknown column 'chair'; meetings.csv has the columns id, kind, start, end, place"),
            problem("goals.csv", 0, 0, "", "the file is empty: it needs at least the header line"));
  }

  @Test
  void a_missing_required_column_is_reported_by_name() {
    // given
    folder().excelSv("decisions.csv", "meeting;paragraph;subject", "B-1;1;Budget");

    // when
    List<CsvProblem> problems = problems();

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem("decisions.csv", 1, 0, "", "missing required column 'outcome' in the header"));
  }

  @Test
  void a_folder_that_does_not_exist_is_reported() {
    // given
    Path missing = dir.resolve("no-such-folder");

    // when
    CsvImportException thrown =
        catchThrowableOfType(CsvImportException.class, () -> reader.readGovernance(missing));

    // then
    assertThat(thrown.problems())
        .singleElement()
        .satisfies(problem(missing.toString(), 0, 0, "", "is not a folder of CSV files"));
  }
}
