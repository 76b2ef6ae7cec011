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
package se.westum.consortium.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NarrativeFigurePolicyTest {

  private static final Trace TRACE = Trace.of("meeting", List.of(), "q");
  private static final List<Figure> BOARD =
      List.of(
          Figure.count("board.members", 8, TRACE),
          Figure.count("board.sessions", 9, TRACE),
          Figure.percent("board.attendance", new BigDecimal("38.9"), TRACE));

  private final NarrativeFigurePolicy policy = new NarrativeFigurePolicy();

  private static NarrativeFragment sv(String text) {
    return new NarrativeFragment(SectionId.BOARD, ReportLanguage.SV, text, "narrative/sv/board.md");
  }

  @Test
  void a_number_that_a_figure_of_the_section_has_is_no_finding() {
    assertThat(policy.assess(sv("Styrelsen hade 9 sammanträden och 8 ledamöter."), BOARD))
        .isEmpty();
  }

  @Test
  void a_number_no_figure_has_is_reported_with_fragment_line_and_the_nearest_figure() {
    // when
    List<ReportFinding> findings =
        policy.assess(sv("Styrelsen arbetade hela året.\nDen hade 10 sammanträden."), BOARD);

    // then
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(NarrativeFigurePolicy.RULE);
              assertThat(f.subject()).isEqualTo("narrative/sv/board.md:2");
              assertThat(f.reason())
                  .isEqualTo(
                      "line 2 of narrative/sv/board.md writes 10, which no figure of section"
                          + " board has (nearest: board.sessions = 9)");
              assertThat(f.code()).isEqualTo(NarrativeFigurePolicy.RULE);
              assertThat(f.arguments())
                  .containsExactly(
                      2,
                      "narrative/sv/board.md",
                      "10",
                      "board",
                      "board.sessions",
                      java.math.BigDecimal.valueOf(9));
            });
  }

  @Test
  void a_section_without_figures_has_its_own_wording() {
    // when
    List<ReportFinding> findings = policy.assess(sv("Den hade 10 sammanträden."), List.of());
    // then
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.reason()).endsWith("(it has no figures)");
              assertThat(f.code()).isEqualTo(NarrativeFigurePolicy.RULE + ".no-figures");
              assertThat(f.arguments()).hasSize(4);
            });
  }

  @Test
  void a_percentage_may_be_written_rounded_to_a_whole_number() {
    assertThat(policy.assess(sv("Närvaron var 39 %."), BOARD)).isEmpty();
    assertThat(policy.assess(sv("Närvaron var 40 %."), BOARD)).hasSize(1);
  }

  @Test
  void years_iso_dates_and_days_before_a_month_name_are_not_checked() {
    assertThat(policy.assess(sv("Under 2016, den 2016-08-25 och 20–21 april."), BOARD)).isEmpty();
  }

  @Test
  void swedish_decimals_use_a_comma_and_english_ones_a_point() {
    // given
    NarrativeFragment en =
        new NarrativeFragment(
            SectionId.BOARD, ReportLanguage.EN, "Attendance was 38.9 %.", "narrative/en/board.md");

    // expect
    assertThat(policy.assess(sv("Närvaron var 38,9 %."), BOARD)).isEmpty();
    assertThat(policy.assess(en, BOARD)).isEmpty();
    assertThat(policy.assess(sv("Närvaron var 38,8 %."), BOARD)).hasSize(1);
  }
}
