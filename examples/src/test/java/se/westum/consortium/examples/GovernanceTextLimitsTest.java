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

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.csv.CsvDatasets;
import se.westum.consortium.csv.CsvDialect;
import se.westum.consortium.csv.CsvImportException;
import se.westum.consortium.csv.CsvProblem;
import se.westum.consortium.jdbc.JdbcAdapter;

/**
 * On H2, as an embedder wires it: every free-text column of the governance files refuses a NUL, an
 * ESC and a text of 1 MB at its file, line and column, and the database stays empty.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GovernanceTextLimitsTest {

  @TempDir Path dir;

  /** File, header, row (the text as {}), column, column name. */
  private static final String[][] CELLS = {
    {
      "board.csv",
      "term;term_start;term_end;person;name;role",
      "2016;2016-01-01;2016-12-31;P-1;{};CHAIR",
      "5",
      "name"
    },
    {"positions.csv", "term;kind;person;name", "2016;AUDITOR;R-1;{}", "4", "name"},
    {"meetings.csv", "id;kind;start;end;place", "B-1;BOARD_MEETING;2016-03-17;;{}", "5", "place"},
    {"decisions.csv", "meeting;paragraph;subject;outcome", "B-1;1;{};Antogs", "3", "subject"},
    {"decisions.csv", "meeting;paragraph;subject;outcome", "B-1;1;Budget;{}", "4", "outcome"},
    {"goals.csv", "id;fiscal_year;number;title", "2016-I;2016;I;{}", "4", "title"},
    {
      "events.csv",
      "id;kind;name;start;end;place;country;organiser;goal;participants",
      "E-1;CONFERENCE;{};2016-04-20;;Skövde;SE;Westum;;35",
      "3",
      "name"
    },
    {
      "events.csv",
      "id;kind;name;start;end;place;country;organiser;goal;participants",
      "E-1;CONFERENCE;Konferens;2016-04-20;;{};SE;Westum;;35",
      "6",
      "place"
    },
    {
      "events.csv",
      "id;kind;name;start;end;place;country;organiser;goal;participants",
      "E-1;CONFERENCE;Konferens;2016-04-20;;Skövde;SE;{};;35",
      "8",
      "organiser"
    },
    {
      "event_participants.csv",
      "event;organisation;country;count;person",
      "E-1;{};SE;3;",
      "2",
      "organisation"
    }
  };

  /** The hostile values, by name. */
  private static final String[][] VALUES = {
    {"a NUL", "Sk\u0000övde"}, {"an ESC", "Sk\u001b[2Jövde"}, {"1 MB", "x".repeat(1 << 20)}
  };

  static Stream<Arguments> cells() {
    return Stream.of(CELLS)
        .flatMap(c -> Stream.of(VALUES).map(v -> Arguments.of(c[0] + " " + c[4], c, v[0], v[1])));
  }

  @ParameterizedTest(name = "{0} with {2}")
  @MethodSource("cells")
  void a_hostile_text_is_refused_at_its_cell_and_the_database_stays_empty(
      String name, String[] cell, String what, String value) throws IOException {
    // given
    Files.writeString(
        dir.resolve(cell[0]),
        "\uFEFF" + cell[1] + "\r\n" + cell[2].replace("{}", value) + "\r\n",
        UTF_8);
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Storage storage = JdbcAdapter.create(h2);
    Consortium consortium = Consortium.builder().storage(storage).build();

    // when
    CsvImportException refused =
        catchThrowableOfType(
            CsvImportException.class,
            () ->
                consortium
                    .governance()
                    .importDataset(CsvDatasets.reader(CsvDialect.EXCEL_SV).readGovernance(dir)));

    // then
    assertThat(refused).as("refused").isNotNull();
    CsvProblem problem = refused.problems().get(0);
    assertThat(refused.problems()).hasSize(1);
    assertThat(problem.file()).isEqualTo(cell[0]);
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(Integer.parseInt(cell[3]));
    assertThat(problem.columnName()).isEqualTo(cell[4]);
    assertThat(problem.reason()).doesNotContain("\u0000", "\u001b").hasSizeLessThan(300);
    assertThat(storage.boardTerms().all()).isEmpty();
    assertThat(consortium.governance().meetings(2016)).isEmpty();
    assertThat(consortium.governance().goals(2016)).isEmpty();
    assertThat(consortium.governance().events(2016)).isEmpty();
  }
}
