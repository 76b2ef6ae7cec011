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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.westum.consortium.domain.training.TrainingFixtures.INDUSTRY;
import static se.westum.consortium.domain.training.TrainingFixtures.LIDKOPING;
import static se.westum.consortium.domain.training.TrainingFixtures.SOCIAL_MEDIA;
import static se.westum.consortium.domain.training.TrainingFixtures.broker;
import static se.westum.consortium.domain.training.TrainingFixtures.need;
import static se.westum.consortium.domain.training.TrainingFixtures.visit;
import static se.westum.consortium.domain.training.TrainingFixtures.vocabulary;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.ValidationException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CompanyVisitTest {

  private final VisitPolicy policy = new VisitPolicy();
  private final CompetenceBroker broker =
      broker("KM01", LIDKOPING, LocalDate.of(2015, 10, 1), LocalDate.of(2017, 6, 30));

  @Test
  void the_size_class_follows_the_eu_sme_headcount_thresholds() {
    assertThat(SizeClass.of(0)).isEqualTo(SizeClass.MICRO);
    assertThat(SizeClass.of(9)).isEqualTo(SizeClass.MICRO);
    assertThat(SizeClass.of(10)).isEqualTo(SizeClass.SMALL);
    assertThat(SizeClass.of(49)).isEqualTo(SizeClass.SMALL);
    assertThat(SizeClass.of(50)).isEqualTo(SizeClass.MEDIUM);
    assertThat(SizeClass.of(249)).isEqualTo(SizeClass.MEDIUM);
    assertThat(SizeClass.of(250)).isEqualTo(SizeClass.LARGE);
    assertThat(SizeClass.LARGE.isSme()).isFalse();
    assertThat(SizeClass.MEDIUM.isSme()).isTrue();
  }

  @Test
  void a_visit_derives_its_size_class_from_its_employees() {
    assertThat(visit("V1", LocalDate.of(2016, 3, 1), 1, INDUSTRY, 49).sizeClass())
        .isEqualTo(SizeClass.SMALL);
  }

  @Test
  void a_visit_within_the_brokers_period_in_a_known_sector_is_accepted() {
    // given
    CompanyVisit visit =
        visit("V1", LocalDate.of(2016, 3, 1), 1, INDUSTRY, 12, need(SOCIAL_MEDIA, 1));

    // when / then no exception
    policy.check(visit, broker, vocabulary());
  }

  @Test
  void a_visit_outside_the_brokers_period_is_refused() {
    // given
    CompanyVisit visit = visit("V1", LocalDate.of(2017, 7, 1), 1, INDUSTRY, 12);

    // when / then
    assertThatThrownBy(() -> policy.check(visit, broker, vocabulary()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.errors().get(0).code()).isEqualTo(VisitPolicy.OUTSIDE_BROKER_PERIOD);
              assertThat(e.errors().get(0).field()).isEqualTo("date");
              assertThat(e.errors().get(0).message())
                  .isEqualTo(
                      "visit V1 on 2017-07-01 lies outside the period of broker KM01 (2015-10-01 –"
                          + " 2017-06-30)");
            });
  }

  @Test
  void a_visit_before_the_broker_started_is_refused() {
    CompanyVisit visit = visit("V1", LocalDate.of(2015, 9, 30), 1, INDUSTRY, 12);
    assertThatThrownBy(() -> policy.check(visit, broker, vocabulary()))
        .hasMessageContaining("outside the period of broker KM01");
  }

  @Test
  void a_visit_in_a_sector_outside_the_vocabulary_is_refused() {
    // given
    CompanyVisit visit = visit("V1", LocalDate.of(2016, 3, 1), 1, new SectorId("mining"), 12);

    // when / then
    assertThatThrownBy(() -> policy.check(visit, broker, vocabulary()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.errors().get(0).code()).isEqualTo(Vocabulary.UNKNOWN_SECTOR);
              assertThat(e.errors().get(0).field()).isEqualTo("sector");
            });
  }

  @Test
  void a_need_outside_the_vocabulary_is_refused() {
    CompanyVisit visit =
        visit("V1", LocalDate.of(2016, 3, 1), 1, INDUSTRY, 12, need(new TopicId("astrology"), 2));
    assertThatThrownBy(() -> policy.check(visit, broker, vocabulary()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo(Vocabulary.UNKNOWN_TOPIC));
  }

  @Test
  void a_broker_without_an_end_is_active_from_the_start_on() {
    CompetenceBroker open = broker("KM02", LIDKOPING, LocalDate.of(2016, 1, 1), null);
    assertThat(open.activeOn(LocalDate.of(2030, 1, 1))).isTrue();
    assertThat(open.activeOn(LocalDate.of(2015, 12, 31))).isFalse();
  }

  @Test
  void a_priority_is_one_to_three_and_a_topic_is_named_once() {
    assertThatThrownBy(() -> need(SOCIAL_MEDIA, 4))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo(Need.INVALID_PRIORITY));
    assertThatThrownBy(
            () ->
                visit(
                    "V1",
                    LocalDate.of(2016, 3, 1),
                    1,
                    INDUSTRY,
                    12,
                    need(SOCIAL_MEDIA, 1),
                    need(SOCIAL_MEDIA, 2)))
        .hasMessageContaining("once per record");
  }

  @Test
  void a_negative_number_of_employees_is_refused() {
    assertThatThrownBy(() -> visit("V1", LocalDate.of(2016, 3, 1), 1, INDUSTRY, -1))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo(Bounds.COUNT_OUT_OF_RANGE));
  }
}
