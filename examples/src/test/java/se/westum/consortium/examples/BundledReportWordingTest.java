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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.westum.consortium.csv.CsvDatasets;
import se.westum.consortium.csv.CsvDialect;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.Figure;
import se.westum.consortium.domain.report.ReportFinding;
import se.westum.consortium.domain.report.ReportFormat;
import se.westum.consortium.domain.report.ReportLanguage;
import se.westum.consortium.report.ReportDocuments;

/**
 * The bundled 2016 report speaks its language throughout: the core's findings and consumption gaps
 * are worded by the renderer, every figure shown by key has a label, and the KOBRA training table
 * reads what the records say.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BundledReportWordingTest {

  private static final String NBSP = "\u00a0";

  private static InMemoryDatabase database;
  private static AnnualReport report;

  @BeforeAll
  static void import_the_bundled_dataset_and_compute_the_2016_report() throws Exception {
    database = InMemoryDatabase.fresh("report-wording");
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

  /** The renderer's labels of a language, read as the bundle files they are shipped as. */
  private static Properties labels(ReportLanguage language) throws IOException {
    String name = language == ReportLanguage.SV ? "labels.properties" : "labels_en.properties";
    Properties labels = new Properties();
    try (InputStream in =
        ReportDocuments.class.getResourceAsStream("/se/westum/consortium/report/" + name)) {
      labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return labels;
  }

  private static String render(ReportFormat format, ReportLanguage language) {
    return new String(
        ReportDocuments.create().render(report, format, language), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"MD", "HTML"})
  void the_swedish_report_has_no_english_sentence_of_the_core(ReportFormat format) {
    // when
    String sv = render(format, ReportLanguage.SV);
    // then the gaps and the findings' reasons are Swedish, with Swedish numbers
    assertThat(sv)
        .doesNotContain("of places but", "a completed mobility cost", "granted per place")
        .doesNotContain("budget used", "against a target of", "paid 4000.00")
        .contains(
            "Studerande: 39"
                + NBSP
                + "% av platserna men 21"
                + NBSP
                + "% av budgeten använd;"
                + " en genomförd mobilitet kostade i genomsnitt 1"
                + NBSP
                + "724,87"
                + NBSP
                + "EUR mot 3"
                + NBSP
                + "200,00"
                + NBSP
                + "EUR beviljat per plats.")
        .contains(
            "betalat 4"
                + NBSP
                + "000,00"
                + NBSP
                + "SEK av 7"
                + NBSP
                + "500,00"
                + NBSP
                + "SEK för 2016")
        .contains("21" + NBSP + "% av budgeten använd mot ett mål på 80" + NBSP + "%");
  }

  @Test
  void the_english_report_words_them_in_english_with_english_numbers() {
    // when
    String en = render(ReportFormat.MD, ReportLanguage.EN);
    // then
    assertThat(en)
        .contains(
            "a completed mobility cost on average EUR"
                + NBSP
                + "1,724.87 against EUR"
                + NBSP
                + "3,200.00 granted per place.")
        .contains("paid SEK" + NBSP + "4,000.00 of SEK" + NBSP + "7,500.00 for 2016");
  }

  @Test
  void every_finding_of_the_bundled_report_is_worded_by_the_report_not_by_the_core()
      throws IOException {
    // then a finding without typed arguments would fall back to the core's English reason
    assertThat(report.findings().findings()).isNotEmpty();
    for (ReportFinding finding : report.findings().findings()) {
      assertThat(finding.arguments()).as(finding.rule()).isNotEmpty();
      for (ReportLanguage language : ReportLanguage.values()) {
        assertThat(labels(language)).containsKey("finding." + finding.code());
      }
    }
  }

  @Test
  void every_figure_the_year_in_figures_shows_has_a_label_in_both_languages_and_no_key_shows()
      throws IOException {
    // given
    List<Figure> shown = report.figures().headline();
    assertThat(shown).isNotEmpty();
    for (ReportLanguage language : ReportLanguage.values()) {
      // when
      String md = render(ReportFormat.MD, language);
      // then
      for (Figure figure : shown) {
        assertThat(labels(language)).containsKey("figure." + figure.key());
        assertThat(md).doesNotContain("| " + figure.key() + " |");
      }
    }
    assertThat(render(ReportFormat.MD, ReportLanguage.SV))
        .contains("| Styrelsens sammanträden | 9 |", "| Pågående projekt | 2 |");
  }

  @Test
  void kobras_training_table_shows_skovde_and_lidkoping_with_none_delivered_and_one_planned() {
    // when
    String sv = render(ReportFormat.MD, ReportLanguage.SV);
    String en = render(ReportFormat.MD, ReportLanguage.EN);
    // then as the records say: 0 delivered, 1 approved each
    assertThat(sv)
        .contains("| Skövde kommun | 0 | 1 | på väg |", "| Lidköpings kommun | 0 | 1 | på väg |")
        .contains("Skövde kommun: 0 genomförda, 1 planerade");
    assertThat(en).contains("| Skövde kommun | 0 | 1 | in progress |");
  }
}
