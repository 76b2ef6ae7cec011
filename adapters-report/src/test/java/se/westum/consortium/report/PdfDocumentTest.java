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
package se.westum.consortium.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.report.ReportFormat;
import se.westum.consortium.domain.report.ReportLanguage;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PdfDocumentTest {

  static byte[] swedish;
  static byte[] english;

  @BeforeAll
  static void render() {
    ReportDocuments renderer = ReportDocuments.create();
    swedish = renderer.render(Report2016.withNarrative(), ReportFormat.PDF, ReportLanguage.SV);
    english = renderer.render(Report2016.withNarrative(), ReportFormat.PDF, ReportLanguage.EN);
  }

  @Test
  void preflight_finds_the_swedish_and_the_english_pdf_valid_pdf_a_1b() throws IOException {
    // given the rendered sample, when Preflight validates it, then
    assertThat(PdfChecks.preflightErrors(swedish)).isEmpty();
    assertThat(PdfChecks.preflightErrors(english)).isEmpty();
  }

  @Test
  void preflight_would_find_a_pdf_without_its_pdf_a_metadata_invalid() throws IOException {
    // given the same PDF with its XMP metadata removed (the check can fail)
    byte[] stripped;
    try (PDDocument document = Loader.loadPDF(swedish)) {
      document.getDocumentCatalog().setMetadata(null);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
      stripped = out.toByteArray();
    }
    // when / then
    assertThat(PdfChecks.preflightErrors(stripped)).isNotEmpty();
  }

  @Test
  void every_page_is_a4_portrait_and_each_main_section_starts_a_page() throws IOException {
    // when
    var sizes = PdfChecks.pageSizes(swedish);
    // then
    assertThat(sizes).hasSizeGreaterThanOrEqualTo(9).containsOnly(PdfChecks.a4());
    try (PDDocument document = Loader.loadPDF(swedish)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (String heading :
          List.of(
              "Styrelse och förtroendeposter",
              "I. Strategisk kompetensförsörjning",
              "II. Utveckla flexibel leverans av kunskap",
              "Verksamheten i siffror",
              "Underskrifter")) {
        // each main section's heading opens a page
        boolean opensAPage = false;
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
          stripper.setStartPage(page);
          stripper.setEndPage(page);
          String first = stripper.getText(document).strip().lines().findFirst().orElse("");
          opensAPage |= first.equals(heading);
        }
        assertThat(opensAPage).as(heading + " opens a page").isTrue();
      }
    }
  }

  @Test
  void the_text_holds_the_key_figures_in_the_language_s_format() throws IOException {
    // when
    String sv = PdfChecks.text(swedish);
    String en = PdfChecks.text(english);
    // then
    assertThat(sv)
        .contains("Verksamhetsberättelse 2016", "9 sammanträden", "20–21 april 2016")
        .contains("325 företagsbesök", "114 enkätsvar", "55 tjänstemän")
        .contains("28\u00a0980,00", "Mål 80\u00a0%")
        .contains("Studerande 39\u00a0% 21\u00a0%", "Anställda 50\u00a0% 50\u00a0%")
        .contains("35 deltagare", "31 betalande medlemmar", "39 kommuner");
    assertThat(en).contains("20–21 April 2016", "28,980.00", "9 sessions", "Target 80%");
  }

  @Test
  void table_headers_and_cells_break_between_words_never_inside_one() throws IOException {
    // when the text is extracted line by line
    String sv = PdfChecks.text(swedish);
    // then narrow columns keep their words whole (break-word used to split them letter by letter)
    assertThat(sv.lines())
        .anyMatch(l -> l.contains("Kommunalförbund"))
        .anyMatch(l -> l.contains("Utgångsläge"))
        .anyMatch(l -> l.contains("Måluppfyllelse"))
        .anyMatch(l -> l.contains("Deltagare"))
        .anyMatch(l -> l.contains("Studerande"));
  }

  @Test
  void the_narrative_s_markdown_is_rendered_not_printed() throws IOException {
    // when
    String sv = PdfChecks.text(swedish);
    // then the emphasis is typography, not asterisks (the stripper puts bold text apart)
    assertThat(sv)
        .contains("Styrelsen har under året arbetat med", "strategin")
        .doesNotContain("**");
  }

  @Test
  void the_last_page_is_the_signature_page_with_a_line_for_each_board_member_by_role()
      throws IOException {
    // when
    String last = PdfChecks.lastPageText(swedish);
    // then
    assertThat(last)
        .contains("Underskrifter", "Ort och datum")
        .contains("Ordförande", "Anders Brunberg", "Kassör", "Anna Bolander")
        .contains("Vice ordförande", "Titti Eklund", "Birgitta Lennermo");
    assertThat(last.split("Ledamot", -1)).hasSize(6);
  }

  @Test
  void the_metadata_carry_title_year_language_and_agree_with_the_xmp() throws IOException {
    try (PDDocument document = Loader.loadPDF(swedish)) {
      // when
      var info = document.getDocumentInformation();
      String xmp =
          new String(
              document.getDocumentCatalog().getMetadata().toByteArray(),
              java.nio.charset.StandardCharsets.UTF_8);
      // then
      assertThat(info.getTitle()).isEqualTo("Verksamhetsberättelse 2016");
      assertThat(info.getKeywords()).contains("2016");
      assertThat(info.getAuthor()).isEqualTo("Westum");
      assertThat(info.getSubject()).contains("2016");
      Calendar created = info.getCreationDate();
      created.setTimeZone(TimeZone.getTimeZone("UTC"));
      assertThat(created.get(Calendar.YEAR)).isEqualTo(2016);
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
      assertThat(xmp)
          .contains("Verksamhetsberättelse 2016", "sv-SE", "<pdfaid:part>1</pdfaid:part>")
          .contains("<pdfaid:conformance>B</pdfaid:conformance>");
    }
  }

  @Test
  void every_font_is_embedded_and_is_the_shipped_dejavu_sans() throws IOException {
    try (PDDocument document = Loader.loadPDF(swedish)) {
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          // when
          PDFont font = page.getResources().getFont(name);
          // then
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("DejaVuSans");
        }
      }
    }
  }
}
