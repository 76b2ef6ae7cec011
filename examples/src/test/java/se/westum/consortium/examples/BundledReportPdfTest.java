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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.csv.CsvDatasets;
import se.westum.consortium.csv.CsvDialect;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.ReportFormat;
import se.westum.consortium.domain.report.ReportLanguage;
import se.westum.consortium.report.PdfChecks;
import se.westum.consortium.report.ReportDocuments;

/**
 * The PDF of the bundled dataset's 2016 report, with its narrative fragments, as the CLI and the
 * demo write it: valid PDF/A-1b by PDFBox Preflight, A4 throughout, the seed's key figures in its
 * text and the signature page last.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BundledReportPdfTest {

  private static AnnualReport report;
  private static byte[] swedish;
  private static byte[] english;

  @BeforeAll
  static void import_the_bundled_dataset_and_render_the_2016_report() throws Exception {
    try (InMemoryDatabase database = InMemoryDatabase.fresh("report-pdf");
        BundledDataset dataset = BundledDataset.extract()) {
      DatasetImport.read(CsvDatasets.reader(CsvDialect.EXCEL_SV), dataset.directory())
          .into(database.consortium());
      report =
          database
              .consortium()
              .consortium()
              .reports()
              .annual(2016, NarrativeFiles.read(dataset.directory()));
    }
    ReportDocuments renderer = ReportDocuments.create();
    swedish = renderer.render(report, ReportFormat.PDF, ReportLanguage.SV);
    english = renderer.render(report, ReportFormat.PDF, ReportLanguage.EN);
  }

  @Test
  void preflight_finds_the_swedish_and_the_english_pdf_valid_pdf_a_1b() throws IOException {
    // when / then
    assertThat(PdfChecks.preflightErrors(swedish)).isEmpty();
    assertThat(PdfChecks.preflightErrors(english)).isEmpty();
  }

  @Test
  void every_page_is_a4() throws IOException {
    // when
    List<String> sv = PdfChecks.pageSizes(swedish);
    List<String> en = PdfChecks.pageSizes(english);
    // then
    assertThat(sv).hasSizeGreaterThanOrEqualTo(9).containsOnly(PdfChecks.a4());
    assertThat(en).hasSizeGreaterThanOrEqualTo(9).containsOnly(PdfChecks.a4());
  }

  @Test
  void the_last_page_is_the_signature_page_with_a_line_per_board_member_by_role()
      throws IOException {
    // when
    String last = joined(PdfChecks.lastPageText(swedish));
    // then each seat's role above its member's name, in the board's order
    assertThat(report.signatures().lines()).hasSize(8);
    assertThat(last)
        .startsWith("Underskrifter")
        .contains(
            "Ort och datum Ordförande Anders Brunberg Vice ordförande Titti Eklund"
                + " Kassör Anna Bolander Ledamot Tina Areqvist Lundell Ledamot Andre Essebro"
                + " Ledamot Ann Hedencrona Ledamot Tony Jiveus Ledamot Birgitta Lennermo");
    assertThat(last.split("Ledamot ", -1)).hasSize(6);
  }

  @Test
  void the_text_holds_the_key_figures_of_the_seed_in_each_language() throws IOException {
    // when
    String sv = joined(PdfChecks.text(swedish));
    String en = joined(PdfChecks.text(english));
    // then
    assertThat(sv)
        .contains("Verksamhetsberättelse 2016", "8 ledamöter", "9 sammanträden")
        .contains("20–21 april 2016", "35 deltagare")
        .contains("325 företagsbesök", "114 enkätsvar", "55 tjänstemän")
        .contains("Studerande 39 % 21 %", "Anställda 50 % 50 %", "Mål 80 %")
        .contains("31 betalande medlemmar", "39 kommuner");
    assertThat(en).contains("2016", "9 sessions", "325", "114", "55", "20–21 April 2016");
  }

  @Test
  void narrow_table_columns_keep_their_words_whole_in_both_languages() throws IOException {
    // when the text is extracted line by line (not joined: a word split across lines would hide)
    List<String> sv = PdfChecks.text(swedish).lines().toList();
    List<String> en = PdfChecks.text(english).lines().toList();
    // then the headers and cells that used to break letter by letter are whole on their lines
    for (String word :
        List.of(
            "Kommunalförbund",
            "Utgångsläge",
            "Måluppfyllelse",
            "Kategori",
            "Studerande",
            "Deltagare",
            "Lidköpings",
            "Beslut")) {
      assertThat(sv).as(word).anyMatch(line -> line.contains(word));
    }
    for (String word : List.of("Federations", "Baseline", "Progress", "Category", "Participants")) {
      assertThat(en).as(word).anyMatch(line -> line.contains(word));
    }
  }

  /** A page's text with its lines joined, so that a phrase wrapped at a line end is found. */
  private static String joined(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
