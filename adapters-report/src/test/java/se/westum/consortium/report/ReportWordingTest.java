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
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.membership.PaidInFullPolicy;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.NarrativeFigurePolicy;
import se.westum.consortium.domain.report.NarrativeFragment;
import se.westum.consortium.domain.report.ReportFinding;
import se.westum.consortium.domain.report.ReportFormat;
import se.westum.consortium.domain.report.ReportLanguage;
import se.westum.consortium.domain.report.SectionId;
import se.westum.consortium.domain.report.Trace;
import se.westum.consortium.report.internal.Labels;

/**
 * The report words the core's findings and consumption gaps in its own language from their typed
 * values: no English sentence of the core reaches a Swedish report, and numbers follow the
 * language.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportWordingTest {

  private static final ReportDocuments RENDERER = ReportDocuments.create();
  private static final String NBSP = "\u00a0";
  private static final Trace TRACE = Trace.of("member", List.of("m"), "paid-in-full");

  private static String render(AnnualReport report, ReportFormat format, ReportLanguage language) {
    return new String(RENDERER.render(report, format, language), StandardCharsets.UTF_8);
  }

  @Test
  void a_swedish_report_words_the_findings_in_swedish_with_swedish_numbers() {
    // when
    String sv = render(Report2016.report(), ReportFormat.MD, ReportLanguage.SV);
    // then
    assertThat(sv)
        .contains(
            "| paid-in-full | Tanums kommun | betalat 8"
                + NBSP
                + "000,00"
                + NBSP
                + "SEK av 12"
                + NBSP
                + "000,00"
                + NBSP
                + "SEK för 2016 |")
        .contains("| 21" + NBSP + "% av budgeten använd mot ett mål på 80" + NBSP + "% |")
        .doesNotContain("paid 8000.00", "budget used 21.0");
  }

  @Test
  void an_english_report_words_the_findings_in_english_with_english_numbers() {
    // when
    String en = render(Report2016.report(), ReportFormat.MD, ReportLanguage.EN);
    // then
    assertThat(en)
        .contains("| paid SEK" + NBSP + "8,000.00 of SEK" + NBSP + "12,000.00 for 2016 |")
        .contains("| budget used 21% against a target of 80% |");
  }

  @Test
  void a_swedish_report_explains_the_consumption_gap_in_swedish_from_its_figures() {
    // when
    String sv = render(Report2016.report(), ReportFormat.HTML, ReportLanguage.SV);
    // then
    assertThat(sv)
        .contains(
            "Studerande: 39"
                + NBSP
                + "% av platserna men 21"
                + NBSP
                + "% av budgeten använd;"
                + " en genomförd mobilitet kostade i genomsnitt 1"
                + NBSP
                + "610,00"
                + NBSP
                + "EUR mot 3"
                + NBSP
                + "000,00"
                + NBSP
                + "EUR beviljat per plats.")
        .doesNotContain("of places but", "a completed mobility cost");
  }

  @Test
  void the_json_keeps_the_english_reason_and_adds_the_code_and_typed_arguments() {
    // when
    String json = render(Report2016.report(), ReportFormat.JSON, ReportLanguage.SV);
    // then
    assertThat(json)
        .contains("\"reason\" : \"paid 8000.00 SEK of 12000.00 SEK for 2016\"")
        .contains("\"code\" : \"paid-in-full\"")
        .contains("\"value\" : 8000.00,\n      \"unit\" : \"SEK\"")
        .contains("\"value\" : 2016,\n      \"unit\" : \"year\"")
        .contains("\"value\" : 21.0,\n      \"unit\" : \"percent\"");
  }

  @Test
  void every_wording_the_rules_can_give_has_a_label_in_both_languages_filled_by_its_arguments()
      throws IOException {
    // given a verdict of every wording the report's rules give
    PaidInFullPolicy paidInFull = new PaidInFullPolicy();
    List<ReportFinding> verdicts = new ArrayList<>();
    verdicts.add(
        ReportFinding.of(
            paidInFull.assess(Year.of(2016), Optional.empty(), List.of()), "m", TRACE));
    verdicts.addAll(
        new NarrativeFigurePolicy()
            .assess(
                new NarrativeFragment(
                    SectionId.BOARD,
                    ReportLanguage.SV,
                    "Den hade 10 sammanträden.",
                    "narrative/sv/board.md"),
                List.of(Report2016.report().board().sessions())));
    verdicts.addAll(
        new NarrativeFigurePolicy()
            .assess(
                new NarrativeFragment(
                    SectionId.BOARD,
                    ReportLanguage.SV,
                    "Den hade 10 sammanträden.",
                    "narrative/sv/board.md"),
                List.of()));
    verdicts.addAll(Report2016.report().findings().findings());
    assertThat(verdicts).extracting(ReportFinding::code).hasSize(5).doesNotHaveDuplicates();
    for (ReportLanguage language : ReportLanguage.values()) {
      // when
      Properties labels =
          LabelsTest.load(
              language == ReportLanguage.SV ? "labels.properties" : "labels_en.properties");
      for (ReportFinding verdict : verdicts) {
        // then every placeholder has its argument and every argument its placeholder
        String wording = labels.getProperty("finding." + verdict.code());
        assertThat(wording).as(verdict.code() + " in " + language).isNotNull();
        for (int i = 0; i < verdict.arguments().size(); i++) {
          assertThat(wording).as(verdict.code()).contains("{" + i + "}");
        }
        assertThat(wording).doesNotContain("{" + verdict.arguments().size() + "}");
      }
    }
  }

  @Test
  void the_training_rules_wordings_have_their_placeholders_in_both_languages() throws IOException {
    // given the codes of the training rules' findings with how many arguments each carries (the
    // rules' own tests check they give them)
    java.util.Map<String, Integer> arity =
        java.util.Map.ofEntries(
            java.util.Map.entry("indicator-count", 5),
            java.util.Map.entry("partner-quota.over", 3),
            java.util.Map.entry("partner-quota.short", 4),
            java.util.Map.entry("approval.proposed", 0),
            java.util.Map.entry("approval.rejected", 1),
            java.util.Map.entry("approval.rejected-by-board", 0),
            java.util.Map.entry("approval.unrecorded", 1),
            java.util.Map.entry("approval.not-board", 2),
            java.util.Map.entry("approval.not-quorate", 2),
            java.util.Map.entry("approval.after-delivery", 3),
            java.util.Map.entry("approval.after-plan", 3),
            java.util.Map.entry("focus-area.unbacked", 2),
            java.util.Map.entry("focus-area.none-backed", 1),
            java.util.Map.entry("transnational-open", 2),
            java.util.Map.entry("target-group.no-size", 2),
            java.util.Map.entry("target-group.large", 2),
            java.util.Map.entry("target-group.no-sector", 2),
            java.util.Map.entry("target-group.unselected", 4),
            java.util.Map.entry("target-group.no-size.no-sector", 2),
            java.util.Map.entry("target-group.no-size.unselected", 4),
            java.util.Map.entry("target-group.large.no-sector", 2),
            java.util.Map.entry("target-group.large.unselected", 4));
    for (String bundle : List.of("labels.properties", "labels_en.properties")) {
      Properties labels = LabelsTest.load(bundle);
      arity.forEach(
          (code, count) -> {
            String wording = labels.getProperty("finding." + code);
            assertThat(wording).as(code + " in " + bundle).isNotNull();
            for (int i = 0; i < count; i++) {
              assertThat(wording).as(code).contains("{" + i + "}");
            }
            assertThat(wording).as(code).doesNotContain("{" + count + "}");
          });
    }
  }

  @Test
  void every_figure_the_year_in_figures_shows_has_a_label_and_no_key_is_shown() {
    for (ReportLanguage language : ReportLanguage.values()) {
      // when
      String md = render(Report2016.report(), ReportFormat.MD, language);
      // then
      Report2016.report()
          .figures()
          .headline()
          .forEach(
              f -> {
                assertThat(Labels.of(language).get("figure." + f.key())).isNotBlank();
                assertThat(md).doesNotContain("| " + f.key() + " |");
              });
    }
  }
}
