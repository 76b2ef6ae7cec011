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

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.westum.consortium.csv.CsvDatasets;
import se.westum.consortium.csv.CsvDialect;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.ReportFormat;
import se.westum.consortium.domain.report.ReportLanguage;
import se.westum.consortium.report.Chromium;
import se.westum.consortium.report.PdfChecks;
import se.westum.consortium.report.ReportDocuments;

/**
 * The Swedish and the English HTML of the bundled dataset's 2016 report in Debian's headless
 * Chromium (the report module's harness): rendered with its charts and without a console message,
 * and printed to A4 pages with nothing cut off at the right edge. Skipped with a message when there
 * is no browser, unless {@code CONSORTIUM_TEST_REQUIRE_BROWSER=true}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BundledReportBrowserTest {

  @TempDir static Path work;

  private static Chromium chromium;
  private static final Map<ReportLanguage, Path> PAGES = new EnumMap<>(ReportLanguage.class);

  @BeforeAll
  static void import_the_bundled_dataset_and_write_the_2016_report_as_html() throws Exception {
    chromium = Chromium.required();
    AnnualReport report;
    try (InMemoryDatabase database = InMemoryDatabase.fresh("report-browser");
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
    for (ReportLanguage language : ReportLanguage.values()) {
      Path page = work.resolve("westum-2016-" + language.code() + ".html");
      Files.write(page, ReportDocuments.create().render(report, ReportFormat.HTML, language));
      PAGES.put(language, page);
    }
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void the_report_renders_with_its_charts_and_without_a_console_message(ReportLanguage language)
      throws Exception {
    // given
    Path page = PAGES.get(language);
    Path screenshot = work.resolve("report-" + language.code() + ".png");
    // when
    Chromium.Run run =
        chromium.run(page, work, "--window-size=1024,4000", "--screenshot=" + screenshot);
    // then
    assertThat(run.exitCode()).as(String.join("\n", run.log())).isZero();
    assertThat(run.consoleMessages()).isEmpty();
    assertThat(chartTitles(page))
        .as("EPLUS-2015's use at two dates, KOBRA's indicators and its trainings per partner")
        .hasSize(4);
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertThat(image.getWidth()).isEqualTo(1024);
    assertThat(distinctColours(image)).as("not a blank page").isGreaterThan(8);
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void printing_gives_a4_pages_with_nothing_cut_off_at_the_right_edge(ReportLanguage language)
      throws Exception {
    // given
    Path pdf = work.resolve("printed-" + language.code() + ".pdf");
    // when
    Chromium.Run run =
        chromium.run(PAGES.get(language), work, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
    // then
    assertThat(run.exitCode()).as(String.join("\n", run.log())).isZero();
    assertThat(run.consoleMessages()).isEmpty();
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(PdfChecks.pageSizes(bytes))
        .hasSizeGreaterThanOrEqualTo(9)
        .containsOnly(PdfChecks.a4());
    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(PdfChecks.inkInRightMargin(document)).isEmpty();
    }
    assertThat(PdfChecks.charactersMissingFromPrint(Files.readString(PAGES.get(language)), bytes))
        .isEmpty();
    String text = PdfChecks.text(bytes).replaceAll("\\s+", " ");
    assertThat(text).contains("325", "114", "2016");
    assertThat(chartTitles(PAGES.get(language))).allSatisfy(t -> assertThat(text).contains(t));
  }

  /** The titles of the page's SVG charts, each chart's accessible name. */
  private static List<String> chartTitles(Path page) throws IOException {
    Matcher titles =
        Pattern.compile("<title id=\"[^\"]*-title\">([^<]*)</title>")
            .matcher(Files.readString(page));
    List<String> all = new ArrayList<>();
    while (titles.find()) {
      all.add(titles.group(1).replace("&amp;", "&"));
    }
    return all;
  }

  private static long distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
