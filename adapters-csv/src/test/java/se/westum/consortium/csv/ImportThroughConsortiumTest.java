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

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.in.MembershipFiguresQuery;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.membership.MembershipFigures;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.testing.InMemoryStorage;

/** The adapter wired to the core, as an embedder does it: import, figures, export. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ImportThroughConsortiumTest {

  @TempDir Path dir;

  private final InMemoryStorage storage = new InMemoryStorage();
  private final Consortium consortium =
      Consortium.builder()
          .storage(storage)
          .clock(Clock.fixed(Instant.parse("2017-03-01T10:00:00Z"), ZoneId.of("Europe/Stockholm")))
          .build();

  private MembershipFigures figures2016() {
    return consortium.membership().figures(new MembershipFiguresQuery(2016, Set.of("13", "14")));
  }

  @Test
  void the_westum_2016_dataset_gives_31_paying_members_covering_39_of_55_municipalities() {
    // given
    CsvDatasetReader reader = CsvDatasets.reader(CsvDialect.EXCEL_SV);

    // when
    consortium.membership().importDataset(reader.readMembership(CsvDatasetReaderTest.westum2016()));

    // then
    MembershipFigures figures = figures2016();
    assertThat(figures.payingMembers()).isEqualTo(31);
    assertThat(figures.municipalitiesCovered()).isEqualTo(39);
    assertThat(figures.coverage())
        .hasValueSatisfying(
            c -> {
              assertThat(c.covered()).isEqualTo(39);
              assertThat(c.total()).isEqualTo(55);
            });
  }

  @Test
  void importing_the_same_dataset_twice_changes_nothing() {
    // given
    CsvDatasetReader reader = CsvDatasets.reader(CsvDialect.EXCEL_SV);
    Path westum = CsvDatasetReaderTest.westum2016();
    ImportSummary first = consortium.membership().importDataset(reader.readMembership(westum));
    long versionBefore =
        consortium
            .membership()
            .find(OrganisationNumber.parse(DatasetFolder.BORAS))
            .orElseThrow()
            .version();

    // when
    ImportSummary second = consortium.membership().importDataset(reader.readMembership(westum));

    // then
    assertThat(first.kinds())
        .containsExactly(
            new ImportSummary.Kind("member", 34, 0, 0),
            new ImportSummary.Kind("fee", 67, 0, 0),
            new ImportSummary.Kind("payment", 67, 0, 0));
    assertThat(second.kinds())
        .containsExactly(
            new ImportSummary.Kind("member", 0, 0, 34),
            new ImportSummary.Kind("fee", 0, 0, 67),
            new ImportSummary.Kind("payment", 0, 0, 67));
    assertThat(storage.memberCount()).isEqualTo(34);
    assertThat(
            consortium
                .membership()
                .find(OrganisationNumber.parse(DatasetFolder.BORAS))
                .orElseThrow()
                .version())
        .isEqualTo(versionBefore);
  }

  @Test
  void a_dataset_with_one_bad_row_writes_nothing() {
    // given
    DatasetFolder.in(dir)
        .excelSv(
            "members.csv",
            DatasetFolder.MEMBERS_HEADER,
            DatasetFolder.BORAS_ROW,
            DatasetFolder.SKOVDE + ";Skövde kommun;MUNICIPALITY;1496;2005-09-31;");

    // when / then
    assertThatThrownBy(
            () ->
                consortium
                    .membership()
                    .importDataset(CsvDatasets.reader(CsvDialect.EXCEL_SV).readMembership(dir)))
        .isInstanceOf(CsvImportException.class);
    assertThat(storage.memberCount()).isZero();
  }

  @Test
  void an_export_imported_into_a_fresh_core_gives_the_same_figures() throws IOException {
    // given
    consortium
        .membership()
        .importDataset(
            CsvDatasets.reader(CsvDialect.EXCEL_SV)
                .readMembership(CsvDatasetReaderTest.westum2016()));
    MembershipFigures before = figures2016();

    // when
    CsvDatasets.writer(CsvDialect.RFC4180).writeMembership(consortium.membership().export(), dir);
    Consortium fresh = Consortium.builder().storage(new InMemoryStorage()).build();
    fresh.membership().importDataset(CsvDatasets.reader(CsvDialect.RFC4180).readMembership(dir));

    // then
    assertThat(fresh.membership().figures(new MembershipFiguresQuery(2016, Set.of("13", "14"))))
        .isEqualTo(before);
  }
}
