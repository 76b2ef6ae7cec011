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
package se.westum.consortium.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.in.TrainingDataset;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.training.ComplianceReport;
import se.westum.consortium.domain.training.Need;
import se.westum.consortium.testing.TrainingStorageContract;
import se.westum.consortium.testing.TrainingStorageFixtures;

/**
 * The training storage contract plus what only a database adapter must show: the core's import,
 * analysis and compliance over the database. Run once per {@link Vendor}, on a fresh database for
 * each test.
 */
abstract class JdbcTrainingStorageTest extends TrainingStorageContract {

  private TestDatabase database;

  /** The database this run is on. */
  abstract Vendor vendor();

  @BeforeEach
  void freshDatabase() {
    database = TestDatabase.fresh(vendor());
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Override
  protected Storage emptyStorage() {
    return JdbcAdapter.create(database.dataSource());
  }

  @Test
  void the_core_imports_the_training_records_and_judges_them_over_the_database() {
    // given
    Storage storage = TrainingStorageFixtures.withKobra(emptyStorage());
    var training = Consortium.builder().storage(storage).build().training();
    LocalDate day = LocalDate.of(2016, 3, 1);
    TrainingDataset dataset =
        new TrainingDataset() {
          @Override
          public java.util.stream.Stream<se.westum.consortium.domain.training.Vocabulary>
              vocabularies() {
            return java.util.stream.Stream.of(TrainingStorageFixtures.vocabulary());
          }

          @Override
          public java.util.stream.Stream<se.westum.consortium.domain.training.SurveyMapping>
              surveyMappings() {
            return java.util.stream.Stream.of(TrainingStorageFixtures.mapping());
          }

          @Override
          public java.util.stream.Stream<se.westum.consortium.domain.training.CompetenceBroker>
              brokers() {
            return java.util.stream.Stream.of(TrainingStorageFixtures.broker("KM01", null));
          }

          @Override
          public java.util.stream.Stream<se.westum.consortium.domain.training.CompanyVisit>
              companyVisits() {
            return java.util.stream.Stream.of(
                TrainingStorageFixtures.visit(
                    "V1", day, 1, new Need(TrainingStorageFixtures.SOCIAL_MEDIA, 1)));
          }

          @Override
          public java.util.stream.Stream<se.westum.consortium.domain.training.SurveyAnswer>
              surveyAnswers() {
            return java.util.stream.Stream.of(
                TrainingStorageFixtures.answer(
                    "480101", day, 2, new Need(TrainingStorageFixtures.SOCIAL_MEDIA, 2)));
          }

          @Override
          public java.util.stream.Stream<se.westum.consortium.domain.training.FocusArea>
              focusAreas() {
            return java.util.stream.Stream.of(TrainingStorageFixtures.focusArea());
          }

          @Override
          public java.util.stream.Stream<se.westum.consortium.domain.training.Training>
              trainings() {
            return java.util.stream.Stream.of(TrainingStorageFixtures.evaluated("T1"));
          }
        };

    // when
    ImportSummary first = training.importDataset(dataset);
    ImportSummary again = training.importDataset(dataset);
    ComplianceReport report =
        training.compliance(new ProjectId("KOBRA"), LocalDate.of(2017, 3, 31));

    // then
    assertThat(first.kinds()).allMatch(k -> k.changed() == 0 && k.unchanged() == 0);
    assertThat(again.kinds()).allMatch(k -> k.added() == 0 && k.changed() == 0);
    assertThat(training.needs(new ProjectId("KOBRA"), day).analysis().visits()).isEqualTo(1);
    assertThat(report.partner(TrainingStorageFixtures.LIDKOPING).orElseThrow().delivered())
        .isEqualTo(1);
    assertThat(report.trainings()).hasSize(1);
    assertThat(List.of(report.trainings().get(0).training()))
        .containsExactly(TrainingStorageFixtures.evaluated("T1"));
  }
}
