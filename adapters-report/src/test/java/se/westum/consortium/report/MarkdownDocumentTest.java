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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.westum.consortium.domain.report.ReportFormat;
import se.westum.consortium.domain.report.ReportLanguage;
import se.westum.consortium.report.internal.MarkdownText;

/**
 * The Markdown of the 2016-shaped report against golden files. To accept a deliberate change:
 * {@code -Dconsortium.golden.update=true} rewrites them under src/test/resources/golden.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MarkdownDocumentTest {

  private static final ReportDocuments RENDERER = ReportDocuments.create();

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void the_markdown_of_the_2016_report_is_the_golden_file(ReportLanguage language)
      throws IOException {
    // given
    String name = "report-2016-" + language.code() + ".md";
    // when
    String markdown =
        new String(
            RENDERER.render(Report2016.withNarrative(), ReportFormat.MD, language),
            StandardCharsets.UTF_8);
    // then
    if (Boolean.getBoolean("consortium.golden.update")) {
      Files.writeString(Path.of("src/test/resources/golden", name), markdown);
    }
    try (InputStream golden = getClass().getResourceAsStream("/golden/" + name)) {
      assertThat(golden).as("golden file " + name).isNotNull();
      assertThat(markdown).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void the_swedish_markdown_shows_the_key_figures_of_2016() {
    // when
    String md =
        new String(
            RENDERER.render(Report2016.report(), ReportFormat.MD, ReportLanguage.SV),
            StandardCharsets.UTF_8);
    // then
    assertThat(md)
        .contains("9 sammanträden", "325 företagsbesök", "114 enkätsvar")
        .contains("| Studerande | 39\u00a0% | 21\u00a0% |", "Mål 80\u00a0%")
        .contains("20–21 april 2016, Billinge hus, Skövde: 35 deltagare")
        .contains("31 betalande medlemmar", "39 kommuner")
        .contains("Ordförande, Anders Brunberg");
  }

  @Test
  void record_text_never_becomes_markdown_syntax() {
    assertThat(MarkdownText.text("a *b* _c_ [d](e) <script> | # `f`"))
        .isEqualTo("a \\*b\\* \\_c\\_ \\[d\\](e) \\<script\\> \\| \\# \\`f\\`");
    assertThat(MarkdownText.text("1. not a list")).isEqualTo("1\\. not a list");
    assertThat(MarkdownText.text("- not a list")).isEqualTo("\\- not a list");
    assertThat(MarkdownText.text("AT&T &amp;")).isEqualTo("AT&T \\&amp;");
    assertThat(MarkdownText.text("two\nlines")).isEqualTo("two lines");
  }
}
