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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.westum.consortium.domain.mobility.Coordinates;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.mobility.MobilityStatus;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.mobility.ParticipantRef;
import se.westum.consortium.domain.mobility.Place;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.testing.ProjectLists;

/** Export of the project and mobility files: exact bytes, formula neutralisation. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProjectWriterTest {

  @TempDir Path dir;

  private static byte[] golden(String file) throws IOException {
    try (InputStream in = ProjectWriterTest.class.getResourceAsStream("/golden/excel-sv/" + file)) {
      return in.readAllBytes();
    }
  }

  private static ProjectLists bundled() {
    return ProjectLists.of(
        CsvDatasets.reader(CsvDialect.EXCEL_SV).readProjects(CsvDatasetReaderTest.westum2016()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "programmes.csv",
        "projects.csv",
        "audits.csv",
        "partners.csv",
        "working_groups.csv",
        "activities.csv",
        "indicators.csv",
        "indicator_values.csv",
        "mobility_grants.csv",
        "mobilities.csv"
      })
  void an_excel_sv_export_of_the_bundled_dataset_has_exactly_the_bytes_of_the_golden_file(
      String file) throws IOException {
    // given
    CsvDatasetWriter writer = CsvDatasets.writer(CsvDialect.EXCEL_SV);

    // when
    writer.writeProjects(bundled(), dir);

    // then
    assertThat(Files.readAllBytes(dir.resolve(file))).isEqualTo(golden(file));
  }

  @Test
  void an_rfc4180_export_uses_commas_between_fields_and_decimal_points() throws IOException {
    // when
    CsvDatasets.writer(CsvDialect.RFC4180).writeProjects(bundled(), dir);

    // then
    List<String> lines = Files.readAllLines(dir.resolve("mobilities.csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("id,project,participant,category,");
    assertThat(lines.get(1))
        .contains(",SE,58.3903,13.8451,Praktikvärd")
        .contains(",ES,36.7213,-4.4214,2015-10-05,");
  }

  @Test
  void free_text_of_a_mobility_is_neutralised_but_coordinates_are_not() throws IOException {
    // given
    Mobility mobility =
        new Mobility(
            new MobilityId("M-1"),
            new ProjectId("EPLUS-2015"),
            new ParticipantRef("L-1"),
            ParticipantCategory.LEARNER,
            new Place("=HYPERLINK(\"x\")", "-Skövde", "SE", Coordinates.parse("58.39,13.85")),
            Optional.of(OrganisationNumber.parse("212000-1660")),
            new Place("@Hotel; Málaga", "+Málaga", "ES", Coordinates.parse("-36.72,-4.42")),
            LocalDate.of(2016, 3, 1),
            LocalDate.of(2016, 3, 14),
            2,
            true,
            false,
            0,
            MobilityStatus.PLANNED);
    ProjectLists dataset = ProjectLists.none().with(mobility);

    // when
    CsvDatasets.writer(CsvDialect.EXCEL_SV).writeProjects(dataset, dir);

    // then
    List<String> lines = Files.readAllLines(dir.resolve("mobilities.csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(1))
        .isEqualTo(
            "M-1;EPLUS-2015;L-1;LEARNER;\"'=HYPERLINK(\"\"x\"\")\";'-Skövde;SE;58,39;13,85;"
                + "\"'@Hotel; Málaga\";'+Málaga;ES;-36,72;-4,42;2016-03-01;2016-03-14;"
                + "2;true;false;0;PLANNED;212000-1660");
    assertThat(mobility.receiving().coordinates().latitude()).isEqualTo(new BigDecimal("-36.72"));
  }

  @Test
  void an_empty_dataset_gives_all_ten_files_with_their_headers() throws IOException {
    // given
    ProjectLists empty = ProjectLists.none();

    // when
    CsvDatasets.writer(CsvDialect.EXCEL_SV).writeProjects(empty, dir);

    // then
    for (DatasetFile file : DatasetFile.projects()) {
      assertThat(Files.readAllLines(dir.resolve(file.fileName()), StandardCharsets.UTF_8))
          .as(file.fileName())
          .containsExactly(
              "\uFEFF" + String.join(";", file.columns().stream().map(Column::header).toList()));
    }
  }
}
