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
import static se.westum.consortium.domain.training.TrainingFixtures.KOBRA;
import static se.westum.consortium.domain.training.TrainingFixtures.VISITORS;
import static se.westum.consortium.domain.training.TrainingFixtures.vocabulary;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.shared.ValidationException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainingVocabularyTest {

  @Test
  void a_project_selects_some_of_its_sectors() {
    assertThat(vocabulary().selectedSectors()).containsExactly(INDUSTRY, VISITORS);
  }

  @Test
  void a_sector_is_found_by_its_id_or_its_name_ignoring_case() {
    assertThat(vocabulary().sectorNamed(" INDUSTRITEKNIK ").map(Sector::id)).contains(INDUSTRY);
    assertThat(vocabulary().sectorNamed("Visitor-Industry").map(Sector::id)).contains(VISITORS);
    assertThat(vocabulary().sectorNamed("Gruvdrift")).isEmpty();
  }

  @Test
  void a_topic_or_sector_is_listed_once() {
    // given
    NeedTopic topic = new NeedTopic(new TopicId("social-media"), "Sociala medier");
    Sector industry = new Sector(INDUSTRY, "Industriteknik", true);
    Sector sameName = new Sector(new SectorId("industry"), "industriteknik", false);

    // when / then
    assertThatThrownBy(() -> new Vocabulary(KOBRA, List.of(topic, topic), List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo(Vocabulary.DUPLICATE_TERM));
    assertThatThrownBy(() -> new Vocabulary(KOBRA, List.of(), List.of(industry, sameName)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("no two sectors share a name");
  }

  @Test
  void a_quota_has_uncrossed_bounds() {
    assertThat(Quota.DEFAULT).isEqualTo(new Quota(1, 3));
    assertThatThrownBy(() -> new Quota(3, 2))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo(Quota.INVALID_QUOTA));
    assertThatThrownBy(() -> new Quota(-1, 2)).isInstanceOf(ValidationException.class);
  }

  @Test
  void a_broker_period_does_not_end_before_it_starts() {
    assertThatThrownBy(
            () ->
                TrainingFixtures.broker(
                    "KM01",
                    TrainingFixtures.LIDKOPING,
                    java.time.LocalDate.of(2016, 2, 1),
                    java.time.LocalDate.of(2016, 1, 31)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo(CompetenceBroker.END_BEFORE_START));
  }
}
