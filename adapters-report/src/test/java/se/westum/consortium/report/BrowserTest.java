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

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.westum.consortium.domain.report.ReportFormat;
import se.westum.consortium.domain.report.ReportLanguage;

/**
 * The HTML in a real browser: Debian's headless Chromium renders it without a console message,
 * takes a screenshot, and prints it to A4 pages with nothing cut off at the right edge. Skipped
 * with a message when there is no browser, unless {@code CONSORTIUM_TEST_REQUIRE_BROWSER=true}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BrowserTest {

  @TempDir static Path work;

  static Chromium chromium;
  static Path page;

  @BeforeAll
  static void writePage() throws IOException {
    chromium = Chromium.required();
    page = work.resolve("report-2016-sv.html");
    Files.write(
        page,
        ReportDocuments.create()
            .render(Report2016.withNarrative(), ReportFormat.HTML, ReportLanguage.SV));
  }

  @Test
  void the_report_renders_with_its_charts_and_without_a_console_message() throws Exception {
    // given
    Path screenshot = work.resolve("report.png");
    // when
    Chromium.Run run =
        chromium.run(page, work, "--window-size=1024,2000", "--screenshot=" + screenshot);
    // then
    assertThat(run.exitCode()).as(String.join("\n", run.log())).isZero();
    assertThat(run.consoleMessages()).isEmpty();
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertThat(image.getWidth()).isEqualTo(1024);
    assertThat(image.getHeight()).isEqualTo(2000);
    assertThat(distinctColours(image)).as("not a blank page").isGreaterThan(8);
  }

  @Test
  void the_console_check_sees_a_page_that_logs_an_error() throws Exception {
    // given a page whose script writes to the console (the check above can fail)
    Path bad = work.resolve("bad.html");
    Files.writeString(
        bad,
        "<!DOCTYPE html><html lang=\"en\"><body><p>x</p>"
            + "<script>console.error('broken chart')</script></body></html>",
        StandardCharsets.UTF_8);
    // when
    Chromium.Run run = chromium.run(bad, work, "--screenshot=" + work.resolve("bad.png"));
    // then
    assertThat(run.consoleMessages()).anyMatch(l -> l.contains("broken chart"));
  }

  @Test
  void printing_gives_a4_pages_with_nothing_cut_off_at_the_right_edge() throws Exception {
    // given
    Path pdf = work.resolve("printed.pdf");
    // when
    Chromium.Run run = chromium.run(page, work, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
    // then
    assertThat(run.exitCode()).as(String.join("\n", run.log())).isZero();
    assertThat(run.consoleMessages()).isEmpty();
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(PdfChecks.pageSizes(bytes))
        .hasSizeGreaterThanOrEqualTo(9)
        .containsOnly(PdfChecks.a4());
    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(PdfChecks.overhang(document)).isLessThanOrEqualTo(0.1f);
      assertThat(PdfChecks.inkInRightMargin(document)).isEmpty();
      assertThat(PdfChecks.charactersMissingFromPrint(Files.readString(page), bytes)).isEmpty();
      assertThat(new PDFTextStripper().getText(document))
          .contains("9 sammanträden", "325 företagsbesök", "Underskrifter");
    }
  }

  @Test
  void the_right_edge_check_sees_a_page_whose_content_is_wider_than_a4() throws Exception {
    // given a line that never wraps (the check above can fail)
    Path wide = work.resolve("wide.html");
    Files.writeString(
        wide,
        "<!DOCTYPE html><html lang=\"en\"><head><style>@page { size: A4; margin: 20mm 18mm; }"
            + "</style></head><body><p style=\"white-space: nowrap\">"
            + "a line wider than the page ".repeat(20)
            + "</p></body></html>",
        StandardCharsets.UTF_8);
    Path pdf = work.resolve("wide.pdf");
    // when
    chromium.run(wide, work, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
    // then
    byte[] bytes = Files.readAllBytes(pdf);
    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(PdfChecks.overhang(document)).isGreaterThan(0.1f);
    }
    assertThat(PdfChecks.charactersMissingFromPrint(Files.readString(wide), bytes)).isNotEmpty();
  }

  private static long distinctColours(BufferedImage image) {
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
