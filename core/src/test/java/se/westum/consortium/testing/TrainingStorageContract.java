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
package se.westum.consortium.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.westum.consortium.testing.TrainingStorageFixtures.DIGITALISATION;
import static se.westum.consortium.testing.TrainingStorageFixtures.KOBRA;
import static se.westum.consortium.testing.TrainingStorageFixtures.SOCIAL_MEDIA;
import static se.westum.consortium.testing.TrainingStorageFixtures.answer;
import static se.westum.consortium.testing.TrainingStorageFixtures.broker;
import static se.westum.consortium.testing.TrainingStorageFixtures.evaluated;
import static se.westum.consortium.testing.TrainingStorageFixtures.focusArea;
import static se.westum.consortium.testing.TrainingStorageFixtures.mapping;
import static se.westum.consortium.testing.TrainingStorageFixtures.proposed;
import static se.westum.consortium.testing.TrainingStorageFixtures.visit;
import static se.westum.consortium.testing.TrainingStorageFixtures.vocabulary;
import static se.westum.consortium.testing.TrainingStorageFixtures.withKobra;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.training.BrokerId;
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.IndicatorFeed;
import se.westum.consortium.domain.training.Need;
import se.westum.consortium.domain.training.Quota;
import se.westum.consortium.domain.training.RecordSource;
import se.westum.consortium.domain.training.SurveyAnswer;
import se.westum.consortium.domain.training.Training;
import se.westum.consortium.domain.training.TrainingId;
import se.westum.consortium.domain.training.VisitId;

/**
 * The contract of the needs-based training ports, written once and run by every implementation (the
 * in-memory fake, JDBC on H2, PostgreSQL and MariaDB). An implementation extends this class and
 * returns a fresh, empty storage.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class TrainingStorageContract {

  /** A storage with no records, fresh for each test. */
  protected abstract Storage emptyStorage();

  private static final LocalDate DAY = LocalDate.of(2016, 3, 1);

  @Test
  void a_vocabulary_and_a_quota_are_stored_per_project() {
    // given
    Storage storage = withKobra(emptyStorage());

    // when
    Saved saved = storage.vocabularies().saveAll(List.of(vocabulary()));
    storage.vocabularies().saveQuota(KOBRA, new Quota(2, 4));

    // then
    assertThat(saved).isEqualTo(new Saved(1, 0, 0));
    assertThat(storage.vocabularies().find(KOBRA)).contains(vocabulary());
    assertThat(storage.vocabularies().quota(KOBRA)).contains(new Quota(2, 4));
    assertThat(storage.vocabularies().quota(new ProjectId("OTHER"))).isEmpty();
    try (Stream<se.westum.consortium.domain.training.Vocabulary> all =
        storage.vocabularies().stream()) {
      assertThat(all).containsExactly(vocabulary());
    }
  }

  @Test
  void saving_an_equal_record_again_leaves_it_unchanged_and_a_changed_one_is_counted() {
    // given
    Storage storage = withKobra(emptyStorage());
    storage.vocabularies().saveAll(List.of(vocabulary()));
    storage.brokers().saveAll(List.of(broker("KM01", null)));

    // when
    Saved again = storage.brokers().saveAll(List.of(broker("KM01", null), broker("KM02", null)));
    Saved ended = storage.brokers().saveAll(List.of(broker("KM01", LocalDate.of(2016, 6, 30))));

    // then
    assertThat(again).isEqualTo(new Saved(1, 0, 1));
    assertThat(ended).isEqualTo(new Saved(0, 1, 0));
    assertThat(storage.brokers().find(new BrokerId("KM01")))
        .contains(broker("KM01", LocalDate.of(2016, 6, 30)));
    assertThat(storage.brokers().ofProject(KOBRA)).hasSize(2);
  }

  @Test
  void a_vocabulary_and_a_mapping_saved_after_a_quota_are_added_and_the_quota_stays() {
    // given
    Storage storage = withKobra(emptyStorage());
    storage.vocabularies().saveQuota(KOBRA, new Quota(2, 4));

    // when
    Saved vocabulary = storage.vocabularies().saveAll(List.of(vocabulary()));
    Saved mapping = storage.surveyMappings().saveAll(List.of(mapping()));

    // then
    assertThat(vocabulary).isEqualTo(new Saved(1, 0, 0));
    assertThat(mapping).isEqualTo(new Saved(1, 0, 0));
    assertThat(storage.vocabularies().find(KOBRA)).contains(vocabulary());
    assertThat(storage.surveyMappings().find(KOBRA)).contains(mapping());
    assertThat(storage.vocabularies().quota(KOBRA)).contains(new Quota(2, 4));
  }

  @Test
  void a_mapping_saved_before_its_vocabulary_leaves_the_project_without_one() {
    // given
    Storage storage = withKobra(emptyStorage());

    // when
    storage.surveyMappings().saveAll(List.of(mapping()));

    // then
    assertThat(storage.vocabularies().find(KOBRA)).isEmpty();
    assertThat(storage.vocabularies().saveAll(List.of(vocabulary()))).isEqualTo(new Saved(1, 0, 0));
    assertThat(storage.surveyMappings().saveAll(List.of(mapping()))).isEqualTo(new Saved(0, 0, 1));
  }

  @Test
  void a_survey_mapping_is_stored_whole_in_its_order() {
    // given
    Storage storage = withKobra(emptyStorage());

    // when
    storage.surveyMappings().saveAll(List.of(mapping()));

    // then
    assertThat(storage.surveyMappings().find(KOBRA)).contains(mapping());
    assertThat(storage.surveyMappings().saveAll(List.of(mapping()))).isEqualTo(new Saved(0, 0, 1));
  }

  @Test
  void a_company_visit_is_stored_with_its_needs_and_read_as_a_stream() {
    // given
    Storage storage = withKobra(emptyStorage());
    storage.brokers().saveAll(List.of(broker("KM01", null)));
    CompanyVisit first =
        visit("V1", DAY, 1, new Need(SOCIAL_MEDIA, 1), new Need(DIGITALISATION, 3));
    CompanyVisit second = visit("V2", DAY.plusDays(1), 2);

    // when
    storage.companyVisits().saveAll(List.of(second, first));

    // then
    assertThat(storage.companyVisits().find(new VisitId("V1"))).contains(first);
    try (Stream<CompanyVisit> visits = storage.companyVisits().ofProject(KOBRA)) {
      assertThat(visits).containsExactly(first, second);
    }
    assertThat(storage.companyVisits().saveAll(List.of(first))).isEqualTo(new Saved(0, 0, 1));
  }

  @Test
  void saving_a_visit_again_replaces_its_needs() {
    // given
    Storage storage = withKobra(emptyStorage());
    storage.brokers().saveAll(List.of(broker("KM01", null)));
    storage.companyVisits().saveAll(List.of(visit("V1", DAY, 1, new Need(SOCIAL_MEDIA, 1))));
    CompanyVisit fewer = visit("V1", DAY, 1, new Need(DIGITALISATION, 2));

    // when
    Saved saved = storage.companyVisits().saveAll(List.of(fewer));

    // then
    assertThat(saved).isEqualTo(new Saved(0, 1, 0));
    assertThat(storage.companyVisits().find(new VisitId("V1"))).contains(fewer);
  }

  @Test
  void many_visits_are_saved_and_streamed_in_order() {
    // given
    Storage storage = withKobra(emptyStorage());
    storage.brokers().saveAll(List.of(broker("KM01", null)));
    List<CompanyVisit> visits = new ArrayList<>();
    for (int i = 1; i <= 1200; i++) {
      visits.add(visit(String.format("V%04d", i), DAY, i, new Need(SOCIAL_MEDIA, 1 + i % 3)));
    }

    // when
    Saved saved = storage.companyVisits().saveAll(visits);

    // then
    assertThat(saved).isEqualTo(new Saved(1200, 0, 0));
    try (Stream<CompanyVisit> stored = storage.companyVisits().stream()) {
      assertThat(stored).containsExactlyElementsOf(visits);
    }
  }

  @Test
  void a_survey_answer_is_stored_with_its_needs() {
    // given
    Storage storage = withKobra(emptyStorage());
    SurveyAnswer answer = answer("480101", DAY, 3, new Need(SOCIAL_MEDIA, 2));

    // when
    storage.surveyAnswers().saveAll(List.of(answer, answer("480102", DAY, 4)));

    // then
    assertThat(storage.surveyAnswers().find(answer.id())).contains(answer);
    try (Stream<SurveyAnswer> answers = storage.surveyAnswers().ofProject(KOBRA)) {
      assertThat(answers).hasSize(2).first().isEqualTo(answer);
    }
  }

  @Test
  void a_focus_area_is_keyed_by_project_and_topic() {
    // given
    Storage storage = withKobra(emptyStorage());
    storage.focusAreas().saveAll(List.of(focusArea()));
    var later =
        new se.westum.consortium.domain.training.FocusArea(
            KOBRA, SOCIAL_MEDIA, LocalDate.of(2016, 12, 1), Optional.empty());

    // when
    Saved saved = storage.focusAreas().saveAll(List.of(later));

    // then
    assertThat(saved).isEqualTo(new Saved(0, 1, 0));
    assertThat(storage.focusAreas().ofProject(KOBRA)).containsExactly(later);
  }

  @Test
  void a_training_is_stored_in_each_state_with_its_participants() {
    // given
    Storage storage = withKobra(emptyStorage());
    Training proposed = proposed("T1");
    Training approved = proposed("T2").approve(TrainingStorageFixtures.QUALITY_ASSURANCE);
    Training rejected = proposed("T3").reject(TrainingStorageFixtures.QUALITY_ASSURANCE);
    Training evaluated = evaluated("T4");

    // when
    storage.trainings().saveAll(List.of(proposed, approved, rejected, evaluated));

    // then
    assertThat(storage.trainings().ofProject(KOBRA))
        .containsExactly(proposed, approved, rejected, evaluated);
    assertThat(storage.trainings().find(new TrainingId("T4"))).contains(evaluated);
  }

  @Test
  void moving_a_training_on_changes_the_stored_one() {
    // given
    Storage storage = withKobra(emptyStorage());
    storage.trainings().saveAll(List.of(proposed("T1")));
    Training approved = proposed("T1").approve(TrainingStorageFixtures.QUALITY_ASSURANCE);

    // when
    Saved saved = storage.trainings().saveAll(List.of(approved));

    // then
    assertThat(saved).isEqualTo(new Saved(0, 1, 0));
    assertThat(storage.trainings().find(new TrainingId("T1"))).contains(approved);
    try (Stream<Training> all = storage.trainings().stream()) {
      assertThat(all).containsExactly(approved);
    }
  }

  @Test
  void an_indicator_feed_names_its_source() {
    // given
    Storage storage = withKobra(emptyStorage());
    storage.projects().save(ProjectFixtures.erasmusProject());
    storage.indicators().save(ProjectFixtures.indicator());
    IndicatorId indicator = ProjectFixtures.indicator().id();
    IndicatorFeed feed = new IndicatorFeed(indicator, RecordSource.COMPANY_VISITS);

    // when
    Saved saved = storage.indicatorFeeds().saveAll(List.of(feed));

    // then
    assertThat(saved).isEqualTo(new Saved(1, 0, 0));
    assertThat(storage.indicatorFeeds().find(indicator)).contains(feed);
    assertThat(storage.indicatorFeeds().all()).containsExactly(feed);
  }

  @Test
  void a_record_of_an_unknown_project_is_refused_and_nothing_is_written() {
    // given
    Storage storage = withKobra(emptyStorage());
    var stray =
        new se.westum.consortium.domain.training.Vocabulary(
            new ProjectId("NOPE"), List.of(), List.of());

    // when / then
    assertThatThrownBy(
            () ->
                storage
                    .transactions()
                    .inTransaction(
                        () -> storage.vocabularies().saveAll(List.of(vocabulary(), stray))))
        .isInstanceOf(DomainException.class);
    assertThat(storage.vocabularies().find(KOBRA)).isEmpty();
  }

  @Test
  void a_failed_unit_of_work_leaves_the_training_records_as_they_were() {
    // given
    Storage storage = withKobra(emptyStorage());

    // when
    assertThatThrownBy(
            () ->
                storage
                    .transactions()
                    .inTransaction(
                        () -> {
                          storage.trainings().saveAll(List.of(proposed("T1")));
                          throw new DomainException("boom", "the unit of work fails");
                        }))
        .isInstanceOf(DomainException.class);

    // then
    assertThat(storage.trainings().find(new TrainingId("T1"))).isEmpty();
  }
}
