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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.westum.consortium.application.port.in.GovernanceDataset;
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
import se.westum.consortium.domain.governance.TermId;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.testing.GovernanceLists;

/** Export of the governance files: exact bytes, formula neutralisation, file handling. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GovernanceWriterTest {

  private static final LocalDate FIRST = LocalDate.of(2016, 1, 1);

  @TempDir Path dir;

  private static PersonRef person(String value) {
    return new PersonRef(value);
  }

  private static TreeSet<PersonRef> people(String... values) {
    TreeSet<PersonRef> people = new TreeSet<>();
    for (String value : values) {
      people.add(person(value));
    }
    return people;
  }

  /**
   * The dataset behind the golden files: quotes, separators, formulas, Swedish letters, one-day and
   * two-day dates, each kind of participation. Names are invented.
   */
  static GovernanceLists goldenDataset() {
    BoardTerm term =
        new BoardTerm(
            new TermId("2016"),
            new DateRange(FIRST, LocalDate.of(2016, 12, 31)),
            List.of(
                new BoardSeat(
                    person("P-1"), new PersonName("Anna \"Ordf\" Åberg"), BoardRole.CHAIR),
                new BoardSeat(person("P-2"), new PersonName("=Bertil+1"), BoardRole.TREASURER),
                new BoardSeat(person("P-3"), new PersonName("Cecilia; Carlsson"), BoardRole.MEMBER),
                new BoardSeat(person("D-1"), new PersonName("Dan Dansson"), BoardRole.DEPUTY)),
            List.of(
                new Position(
                    PositionKind.NOMINATION_COMMITTEE, person("V-1"), new PersonName("Eva Ek")),
                new Position(PositionKind.AUDITOR, person("R-1"), new PersonName("-Revisor"))));
    List<Meeting> meetings =
        List.of(
            new Meeting(
                new MeetingId("B-1"),
                MeetingKind.BOARD_MEETING,
                DateRange.on(LocalDate.of(2016, 3, 17)),
                "Skövde",
                people("P-3", "P-1", "P-2")),
            new Meeting(
                new MeetingId("SD-1"),
                MeetingKind.STRATEGY_DAY,
                new DateRange(LocalDate.of(2016, 8, 25), LocalDate.of(2016, 8, 26)),
                "Mariestad; hotellet",
                people("P-1", "P-2", "D-1")));
    List<Decision> decisions =
        List.of(
            new Decision(new DecisionId(new MeetingId("B-1"), 1), "Budget 2016", "Fastställdes"),
            new Decision(
                new DecisionId(new MeetingId("B-1"), 2),
                "=SUMMA(A1:A9)",
                "Beslut med \"citat\"; och semikolon"));
    List<Goal> goals =
        List.of(
            new Goal(new GoalId("2016-I"), Year.of(2016), "I", "Strategisk kompetensförsörjning"),
            new Goal(new GoalId("2016-II"), Year.of(2016), "II", "+Nätverk"));
    List<Event> events =
        List.of(
            new Event(
                new EventId("E-1"),
                EventKind.CONFERENCE,
                "Westums årliga konferens",
                new DateRange(LocalDate.of(2016, 4, 20), LocalDate.of(2016, 4, 21)),
                "Billinge hus, Skövde",
                "SE",
                "Westum",
                Optional.of(new GoalId("2016-I")),
                new Participation.Total(35)),
            new Event(
                new EventId("E-2"),
                EventKind.DISSEMINATION_CONFERENCE,
                "Spridning",
                DateRange.on(LocalDate.of(2016, 11, 10)),
                "Göteborg",
                "SE",
                "@Westum",
                Optional.empty(),
                new Participation.ByOrganisation(
                    List.of(
                        new OrganisationParticipants("Skövde kommun", "SE", 3),
                        new OrganisationParticipants("-Lärcentrum", "SE", 2)))),
            new Event(
                new EventId("E-3"),
                EventKind.PARTNERSHIP_MEETING,
                "Partnerskapsmöte",
                new DateRange(LocalDate.of(2016, 5, 31), LocalDate.of(2016, 6, 1)),
                "Arendal",
                "NO",
                "KOBRA",
                Optional.of(new GoalId("2016-II")),
                new Participation.ByPerson(people("T-2", "T-1"))),
            new Event(
                new EventId("E-4"),
                EventKind.CONTACT_SEMINAR,
                "Kontaktseminarium",
                DateRange.on(LocalDate.of(2016, 11, 16)),
                "Kraków",
                "PL",
                "Erasmus+",
                Optional.empty(),
                new Participation.Total(0)));
    return new GovernanceLists(goals, List.of(term), meetings, decisions, events);
  }

  private static byte[] golden(String file) throws IOException {
    try (InputStream in =
        GovernanceWriterTest.class.getResourceAsStream("/golden/excel-sv/" + file)) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "board.csv",
        "positions.csv",
        "meetings.csv",
        "attendance.csv",
        "decisions.csv",
        "goals.csv",
        "events.csv",
        "event_participants.csv"
      })
  void an_excel_sv_export_has_exactly_the_bytes_of_the_golden_file(String file) throws IOException {
    // given
    CsvDatasetWriter writer = CsvDatasets.writer(CsvDialect.EXCEL_SV);

    // when
    writer.writeGovernance(goldenDataset(), dir);

    // then
    byte[] written = Files.readAllBytes(dir.resolve(file));
    assertThat(new String(written, StandardCharsets.UTF_8))
        .isEqualTo(new String(golden(file), StandardCharsets.UTF_8));
    assertThat(written).isEqualTo(golden(file));
  }

  @Test
  void an_rfc4180_export_has_commas_crlf_and_no_bom() throws IOException {
    // given
    CsvDatasetWriter writer = CsvDatasets.writer(CsvDialect.RFC4180);

    // when
    writer.writeGovernance(goldenDataset(), dir);

    // then
    assertThat(Files.readString(dir.resolve("events.csv")))
        .startsWith(
            "id,kind,name,start,end,place,country,organiser,goal,participants\r\n"
                + "E-1,CONFERENCE,Westums årliga konferens,2016-04-20,2016-04-21,"
                + "\"Billinge hus, Skövde\",SE,Westum,2016-I,35\r\n");
    assertThat(Files.readString(dir.resolve("meetings.csv")))
        .isEqualTo(
            "id,kind,start,end,place\r\n"
                + "B-1,BOARD_MEETING,2016-03-17,,Skövde\r\n"
                + "SD-1,STRATEGY_DAY,2016-08-25,2016-08-26,Mariestad; hotellet\r\n");
  }

  @ParameterizedTest(name = "free text starting with {0}")
  @ValueSource(strings = {"=", "+", "-", "@", "'"})
  void every_free_text_column_a_spreadsheet_could_run_as_a_formula_is_written_as_text(String start)
      throws IOException {
    // given: every free text of the golden dataset starts with a formula character
    GovernanceLists golden = goldenDataset();
    BoardTerm term = golden.terms().get(0);
    GovernanceLists dataset =
        new GovernanceLists(
            List.of(new Goal(new GoalId("G-1"), Year.of(2016), "I", start + "Mål")),
            List.of(
                new BoardTerm(
                    term.id(),
                    term.period(),
                    term.seats().stream()
                        .map(
                            s ->
                                new BoardSeat(s.person(), new PersonName(start + "Namn"), s.role()))
                        .toList(),
                    List.of(
                        new Position(
                            PositionKind.AUDITOR, person("R-1"), new PersonName(start + "R"))))),
            golden.meetingList().stream()
                .map(m -> new Meeting(m.id(), m.kind(), m.dates(), start + "Plats", m.present()))
                .toList(),
            List.of(
                new Decision(
                    new DecisionId(new MeetingId("B-1"), 1), start + "Ärende", start + "Beslut")),
            List.of(
                new Event(
                    new EventId("E-1"),
                    EventKind.WORKSHOP,
                    start + "Namn",
                    DateRange.on(FIRST),
                    start + "Plats",
                    "SE",
                    start + "Arrangör",
                    Optional.empty(),
                    new Participation.ByOrganisation(
                        List.of(new OrganisationParticipants(start + "Org", "SE", 1))))));

    // when
    CsvDatasets.writer(CsvDialect.EXCEL_SV).writeGovernance(dataset, dir);

    // then
    String guarded = "'" + start;
    assertThat(cell("board.csv", 4)).isEqualTo(guarded + "Namn");
    assertThat(cell("positions.csv", 3)).isEqualTo(guarded + "R");
    assertThat(cell("meetings.csv", 4)).isEqualTo(guarded + "Plats");
    assertThat(cell("decisions.csv", 2)).isEqualTo(guarded + "Ärende");
    assertThat(cell("decisions.csv", 3)).isEqualTo(guarded + "Beslut");
    assertThat(cell("goals.csv", 3)).isEqualTo(guarded + "Mål");
    assertThat(cell("events.csv", 2)).isEqualTo(guarded + "Namn");
    assertThat(cell("events.csv", 5)).isEqualTo(guarded + "Plats");
    assertThat(cell("events.csv", 7)).isEqualTo(guarded + "Arrangör");
    assertThat(cell("event_participants.csv", 1)).isEqualTo(guarded + "Org");
  }

  /** A cell of the first data row (no cell of these datasets needs quotes). */
  private String cell(String file, int index) throws IOException {
    return Files.readAllLines(dir.resolve(file)).get(1).split(";", -1)[index];
  }

  @Test
  void ids_numbers_dates_and_codes_are_never_altered() throws IOException {
    // given
    GovernanceLists dataset = goldenDataset();

    // when
    CsvDatasets.writer(CsvDialect.EXCEL_SV).writeGovernance(dataset, dir);

    // then
    assertThat(Files.readAllLines(dir.resolve("events.csv")).get(4))
        .isEqualTo("E-4;CONTACT_SEMINAR;Kontaktseminarium;2016-11-16;;Kraków;PL;Erasmus+;;0");
  }

  @Test
  void an_empty_dataset_gives_all_eight_files_with_their_headers() throws IOException {
    // given
    GovernanceDataset empty = GovernanceLists.empty();

    // when
    CsvDatasets.writer(CsvDialect.EXCEL_SV).writeGovernance(empty, dir.resolve("new/export"));

    // then
    try (Stream<Path> files = Files.list(dir.resolve("new/export"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "board.csv",
              "positions.csv",
              "meetings.csv",
              "attendance.csv",
              "decisions.csv",
              "goals.csv",
              "events.csv",
              "event_participants.csv");
    }
    assertThat(Files.readString(dir.resolve("new/export/event_participants.csv")))
        .isEqualTo("\uFEFFevent;organisation;country;count;person\r\n");
  }

  @Test
  void every_stream_the_writer_opens_is_closed() throws IOException {
    // given
    AtomicInteger opened = new AtomicInteger();
    AtomicInteger closed = new AtomicInteger();
    GovernanceLists golden = goldenDataset();
    GovernanceDataset dataset =
        new GovernanceDataset() {
          private <T> Stream<T> counted(Stream<T> stream) {
            opened.incrementAndGet();
            return stream.onClose(closed::incrementAndGet);
          }

          @Override
          public Stream<BoardTerm> boardTerms() {
            return counted(golden.boardTerms());
          }

          @Override
          public Stream<Meeting> meetings() {
            return counted(golden.meetings());
          }

          @Override
          public Stream<Decision> decisions() {
            return counted(golden.decisions());
          }

          @Override
          public Stream<Goal> goals() {
            return counted(golden.goals());
          }

          @Override
          public Stream<Event> events() {
            return counted(golden.events());
          }
        };

    // when
    CsvDatasets.writer(CsvDialect.RFC4180).writeGovernance(dataset, dir);

    // then: terms, meetings and events twice (their parts have files of their own)
    assertThat(opened).hasValue(8);
    assertThat(closed).hasValue(8);
  }
}
