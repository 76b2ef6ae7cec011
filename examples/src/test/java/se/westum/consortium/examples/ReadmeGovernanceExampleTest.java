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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.westum.consortium.application.port.in.RecordDecisionCommand;
import se.westum.consortium.application.port.in.RecordMeetingCommand;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.csv.CsvDatasetReader;
import se.westum.consortium.csv.CsvDatasets;
import se.westum.consortium.csv.CsvDialect;
import se.westum.consortium.domain.governance.GovernanceFigures;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.QuorumPolicy;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.jdbc.JdbcAdapter;

/** The README's governance lines, run against the bundled dataset as the README says. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReadmeGovernanceExampleTest {

  @TempDir Path directory;

  @Test
  void the_figures_are_the_bundled_ones_and_a_decision_at_4_of_8_is_refused_as_not_quorate()
      throws Exception {
    // given: the bundled dataset imported as the getting-started class imports it
    Path folder = Datasets.westum2016(directory, "westum-2016");
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:readme-governance;DB_CLOSE_DELAY=-1");
    JdbcAdapter storage = JdbcAdapter.create(dataSource);
    Consortium consortium = Consortium.builder().storage(storage).build();
    CsvDatasetReader reader = CsvDatasets.reader(CsvDialect.EXCEL_SV);
    consortium.membership().importDataset(reader.readMembership(folder));
    consortium.governance().importDataset(reader.readGovernance(folder));

    // when
    GovernanceFigures figures = consortium.governance().figures(2016);
    consortium
        .governance()
        .recordMeeting(
            new RecordMeetingCommand(
                "B2016-08",
                MeetingKind.BOARD_MEETING,
                LocalDate.of(2016, 12, 15),
                null,
                "Skövde",
                List.of("P-01", "P-02", "P-03", "P-04")));

    // then
    assertThat(figures.boardMeetings()).isEqualTo(7);
    assertThat(figures.strategyDays()).isEqualTo(2);
    assertThat(figures.boardSessions()).isEqualTo(9);
    assertThatThrownBy(
            () ->
                consortium
                    .governance()
                    .recordDecision(
                        new RecordDecisionCommand("B2016-08", 1, "Budget 2017", "Fastställdes")))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "decision B2016-08§1 refused: meeting B2016-08: 4 of 8 ordinary members present: not"
                + " quorate (more than half, 5, needed)")
        .extracting(e -> ((ConflictException) e).code())
        .isEqualTo(QuorumPolicy.NOT_QUORATE);
  }
}
