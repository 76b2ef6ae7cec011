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
package se.westum.consortium.domain.training;

import static org.assertj.core.api.Assertions.assertThat;
import static se.westum.consortium.domain.training.TrainingFixtures.CSR;
import static se.westum.consortium.domain.training.TrainingFixtures.CUSTOMER_HOSTING;
import static se.westum.consortium.domain.training.TrainingFixtures.DIGITALISATION;
import static se.westum.consortium.domain.training.TrainingFixtures.INDUSTRY;
import static se.westum.consortium.domain.training.TrainingFixtures.KOBRA;
import static se.westum.consortium.domain.training.TrainingFixtures.LABOUR_LAW;
import static se.westum.consortium.domain.training.TrainingFixtures.SOCIAL_MEDIA;
import static se.westum.consortium.domain.training.TrainingFixtures.VISITORS;
import static se.westum.consortium.domain.training.TrainingFixtures.answer;
import static se.westum.consortium.domain.training.TrainingFixtures.focusArea;
import static se.westum.consortium.domain.training.TrainingFixtures.need;
import static se.westum.consortium.domain.training.TrainingFixtures.visit;
import static se.westum.consortium.domain.training.TrainingFixtures.vocabulary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NeedsAnalysisTest {

  private static final LocalDate AT = LocalDate.of(2017, 2, 28);

  private final List<CompanyVisit> visits =
      List.of(
          visit(
              "V1", LocalDate.of(2016, 3, 1), 1, VISITORS, 8, need(SOCIAL_MEDIA, 1), need(CSR, 2)),
          visit("V2", LocalDate.of(2016, 4, 1), 2, VISITORS, 30, need(SOCIAL_MEDIA, 2)),
          visit(
              "V3",
              LocalDate.of(2016, 5, 1),
              3,
              INDUSTRY,
              120,
              need(CSR, 1),
              need(DIGITALISATION, 3)),
          // the same company visited again: one more need, not one more company
          visit("V4", LocalDate.of(2016, 6, 1), 1, VISITORS, 8, need(SOCIAL_MEDIA, 1)),
          // after the date analysed: left out
          visit("V5", LocalDate.of(2017, 3, 1), 4, INDUSTRY, 5, need(LABOUR_LAW, 1)));

  private final List<SurveyAnswer> answers =
      List.of(
          answer(
              "A1",
              LocalDate.of(2016, 9, 14),
              2,
              VISITORS,
              30,
              need(CUSTOMER_HOSTING, 1),
              need(CSR, 3)),
          answer("A2", LocalDate.of(2016, 9, 15), 5, INDUSTRY, 60));

  @Test
  void needs_are_counted_by_topic_and_ranked_by_count_then_priority() {
    // when
    NeedsAnalysis analysis = NeedsAnalysis.of(vocabulary(), AT, visits, answers);

    // then
    assertThat(analysis.visits()).isEqualTo(4);
    assertThat(analysis.surveyAnswers()).isEqualTo(2);
    assertThat(analysis.companies()).isEqualTo(4);
    // social media and CSR both have 3 needs; social media's are more pressing (sum 4 < 6)
    assertThat(analysis.topics())
        .extracting(TopicEvidence::topic)
        .containsExactly(SOCIAL_MEDIA, CSR, CUSTOMER_HOSTING, DIGITALISATION, LABOUR_LAW);
    TopicEvidence social = analysis.topic(SOCIAL_MEDIA).orElseThrow();
    assertThat(social.needs()).isEqualTo(3);
    assertThat(social.companies()).isEqualTo(2);
    assertThat(social.high()).isEqualTo(2);
    assertThat(social.name()).isEqualTo("Sociala medier");
    assertThat(analysis.topic(CSR).orElseThrow().bySector())
        .isEqualTo(Map.of(INDUSTRY, 1, VISITORS, 2));
    assertThat(analysis.topic(LABOUR_LAW).orElseThrow().needs()).isZero();
  }

  @Test
  void needs_are_counted_by_sector() {
    // when
    NeedsAnalysis analysis = NeedsAnalysis.of(vocabulary(), AT, visits, answers);

    // then
    assertThat(analysis.sectors())
        .extracting(SectorEvidence::sector, SectorEvidence::needs, SectorEvidence::companies)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(VISITORS, 6, 2),
            org.assertj.core.groups.Tuple.tuple(INDUSTRY, 2, 2),
            org.assertj.core.groups.Tuple.tuple(new SectorId("retail"), 0, 0));
  }

  @Test
  void a_focus_area_shows_its_evidence_and_one_without_needs_is_a_finding() {
    // given
    NeedsAnalysis analysis = NeedsAnalysis.of(vocabulary(), AT, visits, answers);
    FocusArea chosenLater =
        new FocusArea(KOBRA, DIGITALISATION, LocalDate.of(2017, 5, 1), Optional.empty());

    // when
    List<FocusAreaEvidence> areas =
        analysis.focusAreas(List.of(focusArea(LABOUR_LAW), focusArea(SOCIAL_MEDIA), chosenLater));

    // then
    assertThat(areas).extracting(e -> e.area().topic()).containsExactly(SOCIAL_MEDIA, LABOUR_LAW);
    assertThat(areas.get(0).backed()).isTrue();
    assertThat(areas.get(0).backing().reason())
        .isEqualTo("Sociala medier: 3 needs at 2 companies by 2017-02-28, ranked 1 of 5");
    assertThat(areas.get(1).backing().satisfied()).isFalse();
    assertThat(areas.get(1).backing().rule()).isEqualTo(FocusAreaEvidence.RULE);
    assertThat(areas.get(1).backing().reason())
        .isEqualTo("Arbetsrätt: no recorded need backs it by 2017-02-28 (chosen 2016-10-27)");
    assertThat(analysis.backedFocusAreas(List.of(focusArea(LABOUR_LAW), focusArea(SOCIAL_MEDIA))))
        .containsExactly(SOCIAL_MEDIA);
  }

  @Test
  void records_of_another_project_are_left_out() {
    // given
    SurveyAnswer other =
        new SurveyAnswer(
            new SurveyAnswerId("X1"),
            new se.westum.consortium.domain.project.ProjectId("OTHER"),
            LocalDate.of(2016, 1, 1),
            TrainingFixtures.company(99),
            VISITORS,
            3,
            List.of(need(SOCIAL_MEDIA, 1)));

    // when
    NeedsAnalysis analysis = NeedsAnalysis.of(vocabulary(), AT, List.of(), List.of(other));

    // then
    assertThat(analysis.surveyAnswers()).isZero();
    assertThat(analysis.topic(SOCIAL_MEDIA).orElseThrow().needs()).isZero();
  }
}
