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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportModelTest {

  @Test
  void a_trace_of_few_records_names_every_one() {
    // when
    Trace trace = Trace.of("meeting", List.of("B1", "B2"), "board meetings of 2016");

    // then
    assertThat(trace.recordIds()).containsExactly("B1", "B2");
    assertThat(trace.recordCount()).isEqualTo(2);
    assertThat(trace.countedOnly()).isFalse();
  }

  @Test
  void a_trace_of_many_records_keeps_only_their_count() {
    // given
    List<String> ids = IntStream.rangeClosed(1, 325).mapToObj(i -> "V" + i).toList();

    // when
    Trace trace = Trace.of("company-visit", ids, "visits since the project started");

    // then
    assertThat(trace.recordIds()).isEmpty();
    assertThat(trace.recordCount()).isEqualTo(325);
    assertThat(trace.countedOnly()).isTrue();
  }

  @Test
  void a_trace_naming_some_but_not_all_of_its_records_is_refused() {
    assertThatThrownBy(() -> new Trace("meeting", List.of("B1"), 2, "q"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 ids for 2 records");
    assertThat(Trace.counted("mobility", 12, "q").countedOnly()).isTrue();
  }

  @Test
  void section_ids_of_goals_and_projects_are_lower_case_slugs() {
    assertThat(SectionId.goal("III").value()).isEqualTo("goal-iii");
    assertThat(SectionId.project("EPLUS-2015").value()).isEqualTo("project-eplus-2015");
    assertThatThrownBy(() -> new SectionId("Goal I")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_figure_key_is_dotted_lower_case_words() {
    Trace trace = Trace.of("meeting", List.of(), "q");
    assertThat(Figure.count("board.sessions", 9, trace).key()).isEqualTo("board.sessions");
    assertThatThrownBy(() -> Figure.count("Board Sessions", 9, trace))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_day_compares_as_its_digits_and_a_percent_keeps_one_decimal() {
    assertThat(new FigureValue.Day(LocalDate.of(2017, 5, 31)).number())
        .isEqualByComparingTo("20170531");
    assertThat(new FigureValue.Percent(new BigDecimal("38.96")).value())
        .isEqualByComparingTo("39.0");
  }

  @Test
  void formats_and_languages_are_read_from_their_codes() {
    assertThat(ReportFormat.of("PDF")).isEqualTo(ReportFormat.PDF);
    assertThat(ReportFormat.of("markdown")).isEqualTo(ReportFormat.MD);
    assertThat(ReportFormat.MD.mediaType()).startsWith("text/markdown");
    assertThat(ReportLanguage.of("en")).isEqualTo(ReportLanguage.EN);
    assertThatThrownBy(() -> ReportLanguage.of("de")).hasMessageContaining("sv or en");
  }

  @Test
  void two_fragments_for_the_same_section_and_language_are_refused() {
    NarrativeFragment one =
        new NarrativeFragment(SectionId.BOARD, ReportLanguage.SV, "a", "narrative/sv/board.md");
    assertThatThrownBy(() -> new Narrative(List.of(one, one)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
