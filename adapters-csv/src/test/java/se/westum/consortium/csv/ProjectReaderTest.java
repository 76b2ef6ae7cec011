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
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.westum.consortium.domain.mobility.CategoryGrant;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.testing.ProjectLists;

/** Reading the project and mobility files. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProjectReaderTest {

  @TempDir Path dir;

  private final CsvDatasetReader excelSv = CsvDatasets.reader(CsvDialect.EXCEL_SV);

  @Test
  void the_bundled_westum_2016_dataset_has_its_projects_partners_grants_and_mobilities() {
    // when
    ProjectLists projects =
        ProjectLists.of(excelSv.readProjects(CsvDatasetReaderTest.westum2016()));

    // then
    assertThat(projects.programmeList()).hasSize(3);
    assertThat(projects.projectList()).hasSize(4);
    assertThat(projects.projectList().stream().mapToInt(p -> p.audits().size()).sum()).isEqualTo(1);
    assertThat(projects.partnerList()).hasSize(34);
    assertThat(projects.groupList()).hasSize(8);
    assertThat(projects.activityList()).hasSize(3);
    assertThat(projects.indicatorList()).hasSize(3);
    assertThat(projects.indicatorList().stream().mapToInt(i -> i.measurements().size()).sum())
        .isEqualTo(7);
    assertThat(projects.grantList()).hasSize(1);
    assertThat(projects.grantList().get(0).categories()).hasSize(2);
    assertThat(projects.mobilityList()).hasSize(89);
  }

  @Test
  void decimal_commas_are_read_as_numbers() {
    // when
    ProjectLists projects =
        ProjectLists.of(excelSv.readProjects(CsvDatasetReaderTest.westum2016()));

    // then
    Indicator visits =
        projects.indicatorList().stream()
            .filter(i -> i.id().value().equals("KOBRA-I1"))
            .findFirst()
            .orElseThrow();
    assertThat(visits.target()).isEqualByComparingTo("400");
    CategoryGrant learners = projects.grantList().get(0).categories().get(0);
    assertThat(learners.budget().amount()).isEqualByComparingTo("320000");
    assertThat(projects.mobilityList().get(0).sending().coordinates().latitude())
        .isEqualTo(new BigDecimal("58.3903"));
  }

  @Test
  void a_folder_without_project_files_gives_an_empty_dataset() {
    // when
    ProjectLists projects = ProjectLists.of(excelSv.readProjects(dir));

    // then
    assertThat(projects).isEqualTo(ProjectLists.none());
  }

  @ParameterizedTest
  @EnumSource(CsvDialect.class)
  void the_bundled_files_read_back_the_same_after_an_export(CsvDialect dialect) throws IOException {
    // given
    ProjectLists bundled = ProjectLists.of(excelSv.readProjects(CsvDatasetReaderTest.westum2016()));

    // when
    CsvDatasets.writer(dialect).writeProjects(bundled, dir);
    ProjectLists again = ProjectLists.of(CsvDatasets.reader(dialect).readProjects(dir));

    // then
    assertThat(again).isEqualTo(bundled);
  }
}
