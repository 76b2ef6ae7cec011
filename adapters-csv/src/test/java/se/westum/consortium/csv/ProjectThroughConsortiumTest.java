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
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.westum.consortium.application.port.in.BudgetConsumption;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.mobility.CategoryConsumption;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.testing.InMemoryStorage;
import se.westum.consortium.testing.ProjectLists;

/** The project files wired to the core, as an embedder does it: import, budget figures, export. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProjectThroughConsortiumTest {

  @TempDir Path dir;

  private final Consortium consortium = Consortium.builder().storage(new InMemoryStorage()).build();
  private final CsvDatasetReader excelSv = CsvDatasets.reader(CsvDialect.EXCEL_SV);

  private void importWestum() {
    Path westum = CsvDatasetReaderTest.westum2016();
    consortium.membership().importDataset(excelSv.readMembership(westum));
    consortium.governance().importDataset(excelSv.readGovernance(westum));
    consortium.projects().importDataset(excelSv.readProjects(westum));
  }

  private BudgetConsumption consumption(LocalDate at) {
    return consortium.mobility().budget(new ProjectId("EPLUS-2015"), at);
  }

  @Test
  void at_the_end_of_2016_learners_have_used_39_percent_of_places_but_21_percent_of_budget() {
    // given
    importWestum();

    // when
    BudgetConsumption consumption = consumption(LocalDate.of(2016, 12, 31));

    // then
    assertThat(consumption.categories())
        .extracting(
            CategoryConsumption::category,
            c -> c.placesUsedPercent().value(),
            c -> c.budgetUsedPercent().value())
        .containsExactlyInAnyOrder(
            tuple(ParticipantCategory.LEARNER, new BigDecimal("39.0"), new BigDecimal("21.0")),
            tuple(ParticipantCategory.STAFF, new BigDecimal("50.0"), new BigDecimal("50.0")));
  }

  @Test
  void at_the_end_of_march_2017_learners_have_used_57_percent_and_staff_62_percent_of_budget() {
    // given
    importWestum();

    // when
    BudgetConsumption consumption = consumption(LocalDate.of(2017, 3, 31));

    // then
    assertThat(consumption.categories())
        .extracting(CategoryConsumption::category, c -> c.budgetUsedPercent().value())
        .containsExactlyInAnyOrder(
            tuple(ParticipantCategory.LEARNER, new BigDecimal("57.0")),
            tuple(ParticipantCategory.STAFF, new BigDecimal("62.0")));
  }

  @Test
  void importing_the_same_dataset_twice_changes_nothing() {
    // given
    importWestum();
    ProjectLists before = ProjectLists.of(consortium.projects().export());

    // when
    ImportSummary again =
        consortium
            .projects()
            .importDataset(excelSv.readProjects(CsvDatasetReaderTest.westum2016()));

    // then
    assertThat(again.unchanged()).as(again.toString()).isTrue();
    assertThat(again.kinds())
        .allSatisfy(kind -> assertThat(kind.unchanged()).isEqualTo(kind.read()));
    assertThat(again.of("mobility").read()).isEqualTo(before.mobilityList().size());
    assertThat(again.of("staff").read()).isEqualTo(before.staffList().size()).isPositive();
    assertThat(ProjectLists.of(consortium.projects().export())).isEqualTo(before);
  }

  @ParameterizedTest
  @EnumSource(CsvDialect.class)
  void the_cores_export_imported_into_a_fresh_core_gives_the_same_records_and_figures(
      CsvDialect dialect) throws IOException {
    // given
    importWestum();
    ProjectLists exported = ProjectLists.of(consortium.projects().export());
    Path westum = CsvDatasetReaderTest.westum2016();
    Consortium fresh = Consortium.builder().storage(new InMemoryStorage()).build();
    fresh.membership().importDataset(excelSv.readMembership(westum));
    fresh.governance().importDataset(excelSv.readGovernance(westum));

    // when
    CsvDatasets.writer(dialect).writeProjects(exported, dir);
    fresh.projects().importDataset(CsvDatasets.reader(dialect).readProjects(dir));

    // then
    assertThat(ProjectLists.of(fresh.projects().export())).isEqualTo(exported);
    assertThat(fresh.mobility().budget(new ProjectId("EPLUS-2015"), LocalDate.of(2016, 12, 31)))
        .isEqualTo(consumption(LocalDate.of(2016, 12, 31)));
  }
}
