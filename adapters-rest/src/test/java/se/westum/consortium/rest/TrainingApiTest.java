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
package se.westum.consortium.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.westum.consortium.rest.TestApi.BOARD_KEY;
import static se.westum.consortium.rest.TestApi.MEMBER_KEY;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.domain.training.Need;
import se.westum.consortium.rest.TestApi.Response;
import se.westum.consortium.testing.InMemoryStorage;
import se.westum.consortium.testing.TrainingStorageFixtures;

/** The needs analysis and the training compliance of a project at a day. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainingApiTest {

  private TestApi api;

  @BeforeEach
  void start() {
    Storage storage = TrainingStorageFixtures.withKobra(new InMemoryStorage());
    storage.vocabularies().saveAll(List.of(TrainingStorageFixtures.vocabulary()));
    storage.brokers().saveAll(List.of(TrainingStorageFixtures.broker("KM01", null)));
    storage
        .companyVisits()
        .saveAll(
            List.of(
                TrainingStorageFixtures.visit(
                    "V1",
                    LocalDate.of(2016, 3, 1),
                    1,
                    new Need(TrainingStorageFixtures.SOCIAL_MEDIA, 1))));
    storage.focusAreas().saveAll(List.of(TrainingStorageFixtures.focusArea()));
    storage.trainings().saveAll(List.of(TrainingStorageFixtures.evaluated("T1")));
    api = TestApi.start(storage, RestApi.DEFAULT_MAX_REQUEST_BYTES);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void the_needs_analysis_counts_the_records_up_to_the_day_and_ranks_the_topics() {
    // when
    Response response = api.get("/projects/KOBRA/needs?at=2016-12-31", MEMBER_KEY);

    // then
    assertThat(response.status()).isEqualTo(200);
    JsonNode needs = response.json();
    assertThat(needs.path("visits").asInt()).isEqualTo(1);
    assertThat(needs.path("surveyAnswers").asInt()).isZero();
    assertThat(needs.path("topics").get(0).path("topic").asText()).isEqualTo("social-media");
    assertThat(needs.path("topics").get(0).path("bySector").path("industrial-technology").asInt())
        .isEqualTo(1);
    assertThat(needs.path("focusAreas").get(0).path("backed").asBoolean()).isTrue();
  }

  @Test
  void the_compliance_explains_every_partner_and_every_rule_of_every_training() {
    // when
    Response response = api.get("/projects/KOBRA/compliance?at=2017-03-31", BOARD_KEY);

    // then
    assertThat(response.status()).isEqualTo(200);
    JsonNode report = response.json();
    assertThat(report.path("quota").path("min").asInt()).isEqualTo(1);
    assertThat(report.path("partners")).hasSize(2);
    assertThat(report.path("partners").get(1).path("partner").asText()).isEqualTo("KOBRA-P07");
    assertThat(report.path("partners").get(1).path("status").asText()).isEqualTo("COMPLIANT");
    assertThat(report.path("trainings").get(0).path("findings")).hasSize(5);
  }

  @Test
  void a_report_without_its_day_is_a_400_naming_at_and_of_an_unknown_project_a_404() {
    // when
    Response noDay = api.get("/projects/KOBRA/compliance", BOARD_KEY);
    Response unknown = api.get("/projects/NOPE/needs?at=2017-03-31", BOARD_KEY);

    // then
    assertThat(noDay.status()).isEqualTo(400);
    assertThat(noDay.body()).contains("\"at\"");
    assertThat(unknown.status()).isEqualTo(404);
  }
}
