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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.westum.consortium.csv.GovernanceLines.ATTENDANCE;
import static se.westum.consortium.csv.GovernanceLines.MEETINGS;
import static se.westum.consortium.csv.GovernanceLines.board2016;
import static se.westum.consortium.csv.GovernanceLines.boardMeeting;
import static se.westum.consortium.csv.GovernanceLines.file;
import static se.westum.consortium.csv.GovernanceLines.seat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.westum.consortium.application.port.in.GovernanceDataset;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.EventKind;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.OrganisationParticipants;
import se.westum.consortium.domain.governance.Participation;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.governance.PositionKind;
import se.westum.consortium.domain.shared.DateRange;

/** Reading valid governance files: the Westum example, dialects, free columns, lazy streams. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GovernanceReaderTest {

  @TempDir Path dir;

  private final CsvDatasetReader excelSv = CsvDatasets.reader(CsvDialect.EXCEL_SV);

  private static <T> List<T> all(Stream<T> stream) {
    try (stream) {
      return stream.toList();
    }
  }

  private static <T> T only(Stream<T> stream) {
    List<T> records = all(stream);
    assertThat(records).hasSize(1);
    return records.get(0);
  }

  @Test
  void the_westum_2016_example_dataset_reads_without_problems() {
    // when
    GovernanceDataset dataset = excelSv.readGovernance(CsvDatasetReaderTest.westum2016());

    // then
    BoardTerm term = only(dataset.boardTerms());
    assertThat(term.id().value()).isEqualTo("2016");
    assertThat(term.period())
        .isEqualTo(new DateRange(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)));
    assertThat(term.seats()).hasSize(8);
    assertThat(term.seats()).extracting(BoardSeat::role).containsOnlyOnce(BoardRole.CHAIR);
    assertThat(term.positions()).hasSize(4);
    assertThat(term.positions(PositionKind.AUDITOR)).hasSize(2);
    List<Meeting> meetings = all(dataset.meetings());
    assertThat(meetings).hasSize(14);
    assertThat(meetings.stream().filter(m -> m.kind() == MeetingKind.BOARD_MEETING)).hasSize(7);
    assertThat(all(dataset.decisions())).hasSize(26);
    assertThat(all(dataset.goals())).hasSize(4);
    assertThat(all(dataset.events())).hasSize(7);
  }

  @Test
  void meetings_carry_their_attendance_and_span_their_days() {
    // when
    List<Meeting> meetings =
        all(excelSv.readGovernance(CsvDatasetReaderTest.westum2016()).meetings());

    // then
    Map<String, Meeting> byId =
        meetings.stream().collect(Collectors.toMap(m -> m.id().value(), m -> m));
    assertThat(byId.get("SD2016-01").dates())
        .isEqualTo(new DateRange(LocalDate.of(2016, 8, 25), LocalDate.of(2016, 8, 26)));
    assertThat(byId.get("SD2016-01").present()).hasSize(8);
    assertThat(byId.get("B2016-06").present())
        .extracting(PersonRef::value)
        .containsExactly("P-02", "P-03", "P-06", "P-07", "P-08");
    assertThat(byId.get("KOBRA-PB-2016-1").present()).isEmpty();
  }

  @Test
  void events_carry_a_total_organisation_counts_or_persons() {
    // when
    List<Event> events = all(excelSv.readGovernance(CsvDatasetReaderTest.westum2016()).events());

    // then
    Map<String, Participation> participation =
        events.stream().collect(Collectors.toMap(e -> e.id().value(), Event::participation));
    assertThat(participation.get("2016-annual-conference")).isEqualTo(new Participation.Total(35));
    assertThat(participation.get("2016-dissemination-conference"))
        .isInstanceOfSatisfying(
            Participation.ByOrganisation.class,
            p -> {
              assertThat(p.total()).isEqualTo(20);
              assertThat(p.organisations()).isEqualTo(OptionalInt.of(11));
              assertThat(p.rows())
                  .startsWith(new OrganisationParticipants("Lärcentrum Skövde", "SE", 3));
            });
    assertThat(participation.get("2016-partnership-arendal").total()).isEqualTo(18);
    assertThat(participation.get("2016-partnership-horsens"))
        .isInstanceOf(Participation.ByPerson.class);
    assertThat(events)
        .filteredOn(e -> e.id().value().equals("2016-dissemination-conference"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.dates()).isEqualTo(DateRange.on(LocalDate.of(2016, 11, 10)));
              assertThat(e.goal()).contains(new GoalId("2016-III"));
              assertThat(e.kind()).isEqualTo(EventKind.DISSEMINATION_CONFERENCE);
            });
  }

  @Test
  void a_quoted_outcome_keeps_its_separator_and_quotes() {
    // when
    List<Decision> decisions =
        all(excelSv.readGovernance(CsvDatasetReaderTest.westum2016()).decisions());

    // then
    assertThat(decisions)
        .filteredOn(d -> d.id().value().equals("B2016-01§2"))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.outcome())
                    .isEqualTo(
                        "Fastställdes med fyra övergripande mål (I–IV); målet \"Internationell"
                            + " samverkan\" omfattar projekten Kobra och Erasmus+"));
  }

  @Test
  void a_folder_without_governance_files_gives_an_empty_dataset() {
    // given: membership files only
    DatasetFolder.in(dir)
        .excelSv("members.csv", DatasetFolder.MEMBERS_HEADER, DatasetFolder.BORAS_ROW);

    // when
    GovernanceDataset dataset = excelSv.readGovernance(dir);

    // then
    assertThat(all(dataset.boardTerms())).isEmpty();
    assertThat(all(dataset.meetings())).isEmpty();
    assertThat(all(dataset.decisions())).isEmpty();
    assertThat(all(dataset.goals())).isEmpty();
    assertThat(all(dataset.events())).isEmpty();
  }

  @Test
  void columns_may_come_in_any_order_and_case_and_optional_columns_may_be_absent() {
    // given
    DatasetFolder.in(dir)
        .excelSv("meetings.csv", "Place;START;kind;ID", "Skövde;2016-03-17;board_meeting;B-1")
        .excelSv(
            "events.csv",
            "participants;organiser;country;place;start;name;kind;id",
            "35;Westum;se;Skövde;2016-04-20;Konferens;conference;E-1")
        .excelSv("event_participants.csv", "person;event");

    // when
    GovernanceDataset dataset = excelSv.readGovernance(dir);

    // then
    assertThat(only(dataset.meetings()))
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(MeetingKind.BOARD_MEETING);
              assertThat(m.dates()).isEqualTo(DateRange.on(LocalDate.of(2016, 3, 17)));
              assertThat(m.present()).isEmpty();
            });
    assertThat(only(dataset.events()))
        .satisfies(
            e -> {
              assertThat(e.country()).isEqualTo("SE");
              assertThat(e.goal()).isEmpty();
              assertThat(e.participation()).isEqualTo(new Participation.Total(35));
            });
  }

  @Test
  void the_rfc4180_dialect_reads_commas_with_lf_line_ends_and_a_bom() {
    // given
    DatasetFolder.in(dir)
        .text(
            "goals.csv",
            "\uFEFFid,fiscal_year,number,title\n2016-I,2016,I,\"Kompetens, strategisk\"\n");

    // when
    GovernanceDataset dataset = CsvDatasets.reader(CsvDialect.RFC4180).readGovernance(dir);

    // then
    assertThat(all(dataset.goals()))
        .containsExactly(
            new Goal(new GoalId("2016-I"), Year.of(2016), "I", "Kompetens, strategisk"));
  }

  @Test
  void one_leading_quote_before_a_formula_character_is_removed_from_free_text() {
    // given
    DatasetFolder.in(dir)
        .excelSv(
            "meetings.csv",
            GovernanceLines.MEETINGS,
            "B-1;BOARD_MEETING;2016-03-17;;'=Skövde",
            "B-2;BOARD_MEETING;2016-03-18;;'Bo");

    // when
    List<Meeting> meetings = all(excelSv.readGovernance(dir).meetings());

    // then
    assertThat(meetings).extracting(Meeting::place).containsExactly("=Skövde", "'Bo");
  }

  @Test
  void each_call_opens_a_fresh_stream_over_the_files() {
    // given
    DatasetFolder.in(dir)
        .excelSv("board.csv", board2016())
        .excelSv("meetings.csv", file(MEETINGS, boardMeeting("B-1", "2016-03-17")))
        .excelSv("attendance.csv", file(ATTENDANCE, "B-1;P-1", "B-1;D-1"));
    GovernanceDataset dataset = excelSv.readGovernance(dir);

    // when
    List<Meeting> first = all(dataset.meetings());
    List<Meeting> second = all(dataset.meetings());

    // then
    assertThat(second).isEqualTo(first);
    assertThat(second.get(0).present()).containsExactly(new PersonRef("D-1"), new PersonRef("P-1"));
    assertThat(all(dataset.boardTerms())).isEqualTo(all(dataset.boardTerms()));
  }

  @Test
  void the_files_are_read_when_a_stream_is_consumed_so_a_term_broken_after_validation_fails_it() {
    // given
    DatasetFolder folder = DatasetFolder.in(dir).excelSv("board.csv", board2016());
    GovernanceDataset dataset = excelSv.readGovernance(dir);
    folder.excelSv("board.csv", board2016(seat("P-9", "CHAIR")));

    // when
    Stream<BoardTerm> terms = dataset.boardTerms();

    // then
    try (terms) {
      assertThatThrownBy(terms::toList)
          .isInstanceOfSatisfying(
              CsvImportException.class,
              e ->
                  assertThat(e.problems())
                      .singleElement()
                      .satisfies(
                          p -> {
                            assertThat(p.file()).isEqualTo("board.csv");
                            assertThat(p.reason())
                                .contains("term 2016 needs exactly one chair")
                                .contains("it changed after it was checked");
                          }));
    }
  }

  @Test
  void a_row_broken_after_validation_fails_the_stream_at_its_line_and_column() {
    // given
    DatasetFolder folder =
        DatasetFolder.in(dir)
            .excelSv("meetings.csv", file(MEETINGS, boardMeeting("B-1", "2016-03-17")));
    GovernanceDataset dataset = excelSv.readGovernance(dir);
    folder.excelSv(
        "meetings.csv",
        file(MEETINGS, boardMeeting("B-1", "2016-03-17"), "B-2;BOARD_MEETING;igår;;Skövde"));

    // when
    Stream<Meeting> meetings = dataset.meetings();

    // then
    try (meetings) {
      assertThatThrownBy(meetings::toList)
          .isInstanceOfSatisfying(
              CsvImportException.class,
              e ->
                  assertThat(e.problems())
                      .singleElement()
                      .extracting(CsvProblem::line, CsvProblem::columnName)
                      .containsExactly(3L, "start"));
    }
  }

  @Test
  void a_partly_consumed_stream_can_be_closed() {
    // given
    DatasetFolder.in(dir)
        .excelSv(
            "meetings.csv",
            file(MEETINGS, boardMeeting("B-1", "2016-03-17"), boardMeeting("B-2", "2016-04-17")));
    GovernanceDataset dataset = excelSv.readGovernance(dir);

    // when
    Optional<Meeting> first;
    try (Stream<Meeting> meetings = dataset.meetings()) {
      first = meetings.findFirst();
    }

    // then
    assertThat(first).map(m -> m.id().value()).contains("B-1");
  }

  @Test
  void a_person_row_event_counts_distinct_people() {
    // given
    DatasetFolder.in(dir)
        .excelSv("events.csv", GovernanceLines.EVENTS, GovernanceLines.event("E-1", ""))
        .excelSv("event_participants.csv", "event;person", "E-1;T-2", "E-1;T-1");

    // when
    Event event = only(excelSv.readGovernance(dir).events());

    // then
    assertThat(event.participation())
        .isEqualTo(
            new Participation.ByPerson(
                new TreeSet<>(Set.of(new PersonRef("T-1"), new PersonRef("T-2")))));
  }
}
