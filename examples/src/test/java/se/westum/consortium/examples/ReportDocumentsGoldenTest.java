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

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.westum.consortium.csv.CsvDatasets;
import se.westum.consortium.csv.CsvDialect;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.ReportFormat;
import se.westum.consortium.domain.report.ReportLanguage;
import se.westum.consortium.report.ReportDocuments;

/**
 * The Markdown of the bundled dataset's 2016 report, with its narrative fragments, in Swedish and
 * English, against golden files. To accept a deliberate change: {@code
 * -Dconsortium.golden.update=true} rewrites them under src/test/resources/golden-report.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportDocumentsGoldenTest {

  private static InMemoryDatabase database;
  private static AnnualReport report;

  @BeforeAll
  static void import_the_bundled_dataset_and_compute_the_2016_report() throws Exception {
    database = InMemoryDatabase.fresh("report-golden");
    try (BundledDataset dataset = BundledDataset.extract()) {
      DatasetImport.read(CsvDatasets.reader(CsvDialect.EXCEL_SV), dataset.directory())
          .into(database.consortium());
      report =
          database
              .consortium()
              .consortium()
              .reports()
              .annual(2016, NarrativeFiles.read(dataset.directory()));
    }
  }

  @AfterAll
  static void close() throws Exception {
    database.close();
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void the_markdown_of_the_bundled_2016_report_is_the_golden_file(ReportLanguage language)
      throws Exception {
    // given
    String name = "westum-2016-" + language.code() + ".md";
    // when
    String markdown =
        new String(
            ReportDocuments.create().render(report, ReportFormat.MD, language),
            StandardCharsets.UTF_8);
    // then
    if (Boolean.getBoolean("consortium.golden.update")) {
      Files.writeString(Path.of("src/test/resources/golden-report", name), markdown);
    }
    try (InputStream golden = getClass().getResourceAsStream("/golden-report/" + name)) {
      assertThat(golden).as("golden file " + name).isNotNull();
      assertThat(markdown).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
