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
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.governance.GovernanceFigures;
import se.westum.consortium.domain.governance.GovernanceFigures.EventFigures;
import se.westum.consortium.domain.shared.RecordsRefusedException;
import se.westum.consortium.domain.shared.SourceLocation;
import se.westum.consortium.testing.GovernanceLists;
import se.westum.consortium.testing.InMemoryStorage;

/** The governance files wired to the core, as an embedder does it: import, figures, export. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GovernanceThroughConsortiumTest {

  @TempDir Path dir;

  private final InMemoryStorage storage = new InMemoryStorage();
  private final Consortium consortium = Consortium.builder().storage(storage).build();
  private final CsvDatasetReader excelSv = CsvDatasets.reader(CsvDialect.EXCEL_SV);

  private ImportSummary importWestum() {
    return consortium
        .governance()
        .importDataset(excelSv.readGovernance(CsvDatasetReaderTest.westum2016()));
  }

  @Test
  void the_westum_2016_dataset_gives_the_governance_figures_of_the_annual_report() {
    // given
    importWestum();

    // when
    GovernanceFigures figures = consortium.governance().figures(2016);

    // then
    assertThat(figures.board())
        .hasValueSatisfying(
            board -> {
              assertThat(board.members()).isEqualTo(8);
              assertThat(board.ordinaryMembers()).isEqualTo(8);
              assertThat(board.nominationCommittee()).hasSize(2);
              assertThat(board.auditors()).hasSize(2);
            });
    assertThat(figures.boardMeetings()).isEqualTo(7);
    assertThat(figures.strategyDays()).isEqualTo(2);
    assertThat(figures.boardSessions()).isEqualTo(9);
    assertThat(figures.decisions()).isEqualTo(26);
    assertThat(figures.events())
        .extracting(e -> e.id().value(), EventFigures::participants, EventFigures::organisations)
        .containsExactly(
            tuple("2016-annual-conference", 35, OptionalInt.empty()),
            tuple("2016-study-visit-milano", 8, OptionalInt.empty()),
            tuple("2016-partnership-arendal", 18, OptionalInt.empty()),
            tuple("2016-process-leader-training", 20, OptionalInt.empty()),
            tuple("2016-dissemination-conference", 20, OptionalInt.of(11)),
            tuple("2016-contact-seminar-poland", 1, OptionalInt.empty()),
            tuple("2016-partnership-horsens", 22, OptionalInt.empty()));
    assertThat(figures.peopleAtEvents()).isEqualTo(32);
  }

  @Test
  void importing_the_same_dataset_twice_changes_nothing() {
    // given
    ImportSummary first = importWestum();
    GovernanceFigures before = consortium.governance().figures(2016);

    // when
    ImportSummary second = importWestum();

    // then
    assertThat(first.kinds())
        .extracting(ImportSummary.Kind::kind, ImportSummary.Kind::added)
        .containsExactly(
            tuple("goal", 4),
            tuple("board-term", 1),
            tuple("meeting", 14),
            tuple("decision", 26),
            tuple("event", 7));
    assertThat(second.unchanged()).isTrue();
    assertThat(second.read()).isEqualTo(first.read());
    assertThat(consortium.governance().figures(2016)).isEqualTo(before);
  }

  @Test
  void a_dataset_with_a_decision_at_a_meeting_that_is_not_quorate_writes_nothing() {
    // given
    DatasetFolder.in(dir)
        .excelSv("board.csv", GovernanceLines.board2016())
        .excelSv(
            "meetings.csv",
            GovernanceLines.MEETINGS,
            GovernanceLines.boardMeeting("B-1", "2016-03-17"))
        .excelSv(
            "attendance.csv",
            GovernanceLines.file(
                GovernanceLines.ATTENDANCE,
                GovernanceLines.present("B-1", "P-1", "P-2", "P-3", "P-4")))
        .excelSv("decisions.csv", GovernanceLines.DECISIONS, "B-1;1;Budget;Fastställdes");

    // when / then
    assertThatThrownBy(() -> consortium.governance().importDataset(excelSv.readGovernance(dir)))
        .isInstanceOfSatisfying(
            RecordsRefusedException.class,
            e -> {
              assertThat(e.refused().get(0).message())
                  .contains("4 of 8 ordinary members present: not quorate");
              assertThat(e.refused().get(0).location())
                  .contains(new SourceLocation("decisions.csv", 2, 1, "meeting"));
            });
    assertThat(consortium.governance().boardTerms()).isEmpty();
    assertThat(consortium.governance().meetings(2016)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(CsvDialect.class)
  void the_westum_2016_files_read_back_the_same_after_an_export(CsvDialect dialect)
      throws IOException {
    // given
    GovernanceLists read =
        GovernanceLists.of(excelSv.readGovernance(CsvDatasetReaderTest.westum2016()));

    // when
    CsvDatasets.writer(dialect).writeGovernance(read, dir);
    GovernanceLists again = GovernanceLists.of(CsvDatasets.reader(dialect).readGovernance(dir));

    // then
    assertThat(again).isEqualTo(read);
    assertThat(again.decisionList()).hasSize(26);
  }

  @Test
  void an_export_from_the_core_imported_into_a_fresh_core_gives_the_same_records_and_figures()
      throws IOException {
    // given
    importWestum();
    GovernanceLists original =
        GovernanceLists.of(excelSv.readGovernance(CsvDatasetReaderTest.westum2016()));

    // when
    CsvDatasets.writer(CsvDialect.RFC4180).writeGovernance(consortium.governance().export(), dir);
    GovernanceLists exported =
        GovernanceLists.of(CsvDatasets.reader(CsvDialect.RFC4180).readGovernance(dir));
    Consortium fresh = Consortium.builder().storage(new InMemoryStorage()).build();
    fresh.governance().importDataset(exported);

    // then: the core keeps its own order (decisions by meeting id, for one)
    assertThat(exported.terms()).isEqualTo(original.terms());
    assertThat(exported.meetingList()).containsExactlyInAnyOrderElementsOf(original.meetingList());
    assertThat(exported.decisionList())
        .containsExactlyInAnyOrderElementsOf(original.decisionList());
    assertThat(exported.goalList()).containsExactlyInAnyOrderElementsOf(original.goalList());
    assertThat(exported.eventList()).containsExactlyInAnyOrderElementsOf(original.eventList());
    assertThat(fresh.governance().figures(2016)).isEqualTo(consortium.governance().figures(2016));
  }
}
