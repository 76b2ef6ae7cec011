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
import static se.westum.consortium.rest.TestApi.ADMIN_KEY;
import static se.westum.consortium.rest.TestApi.BOARD_KEY;
import static se.westum.consortium.rest.TestApi.MEMBER_KEY;
import static se.westum.consortium.rest.TrainingBodies.DECISION;
import static se.westum.consortium.rest.TrainingBodies.DELIVERY;
import static se.westum.consortium.rest.TrainingBodies.OWN_PARTNER;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.rest.TestApi.Response;

/**
 * The training records through REST on a real loopback server: each route stores what the core
 * accepts, answers it back, and refuses what the core refuses with the core's code.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainingRecordsApiTest {

  private TestApi api;

  @BeforeEach
  void start() {
    api = TestApi.start(TrainingBodies.kobra(), RestApi.DEFAULT_MAX_REQUEST_BYTES);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void topics_and_sectors_are_replaced_each_keeping_the_other_and_read_back() {
    // when
    Response topics =
        api.put(
            "/projects/KOBRA/topics",
            ADMIN_KEY,
            "{\"topics\":[{\"topic\":\"labour-law\",\"name\":\"Arbetsrätt\"}]}");
    Response sectors =
        api.put(
            "/projects/KOBRA/sectors",
            ADMIN_KEY,
            "{\"sectors\":[{\"sector\":\"visitor-industry\",\"name\":\"Besöksnäring\","
                + "\"selected\":true}]}");

    // then
    assertThat(topics.status()).as(topics.body()).isEqualTo(200);
    assertThat(sectors.status()).as(sectors.body()).isEqualTo(200);
    JsonNode readTopics = api.get("/projects/KOBRA/topics", MEMBER_KEY).json();
    JsonNode readSectors = api.get("/projects/KOBRA/sectors", MEMBER_KEY).json();
    assertThat(readTopics.path("topics")).hasSize(1);
    assertThat(readTopics.path("topics").get(0).path("topic").asText()).isEqualTo("labour-law");
    assertThat(readSectors.path("sectors")).hasSize(1);
    assertThat(readSectors.path("sectors").get(0).path("selected").asBoolean()).isTrue();
  }

  @Test
  void a_topic_listed_twice_is_refused_with_the_cores_code() {
    // when
    Response response =
        api.put(
            "/projects/KOBRA/topics",
            ADMIN_KEY,
            "{\"topics\":[{\"topic\":\"a\",\"name\":\"A\"},{\"topic\":\"a\",\"name\":\"B\"}]}");

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("errors").get(0).path("code").asText())
        .isEqualTo("duplicate-term");
  }

  @Test
  void missing_fields_of_a_body_are_listed_each_by_name() {
    // when
    Response response = api.put("/brokers/KM-NEW", ADMIN_KEY, "{\"project\":\"KOBRA\"}");

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("partner", "person", "started");
  }

  @Test
  void a_broker_is_recorded_and_listed_with_the_projects_brokers() {
    // when
    Response recorded =
        api.put(
            "/brokers/KM-NEW",
            ADMIN_KEY,
            "{\"project\":\"KOBRA\",\"partner\":\"KOBRA-P07\",\"person\":\"KM-0042\","
                + "\"started\":\"2016-01-01\",\"ended\":\"2016-12-31\"}");

    // then
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    JsonNode brokers = api.get("/projects/KOBRA/brokers", BOARD_KEY).json();
    assertThat(brokers.findValuesAsText("id")).containsExactly("KM-NEW", "KM-OTHER", "KM-OWN");
    assertThat(recorded.json().path("ended").asText()).isEqualTo("2016-12-31");
  }

  @Test
  void a_broker_of_a_partner_of_no_such_project_answers_422_naming_the_partner() {
    // when
    Response response =
        api.put(
            "/brokers/KM-NEW",
            ADMIN_KEY,
            "{\"project\":\"KOBRA\",\"partner\":\"EPLUS-WESTUM\",\"person\":\"KM-0042\","
                + "\"started\":\"2016-01-01\"}");

    // then
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().path("field").asText()).isEqualTo("partner");
  }

  @Test
  void a_visit_is_recorded_with_its_needs_and_read_back_with_its_size_class() {
    // when
    Response recorded = api.put("/visits/V1", ADMIN_KEY, TrainingBodies.visit("KM-OWN"));

    // then
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    JsonNode visit = api.get("/visits/V1", BOARD_KEY).json();
    assertThat(visit.path("sizeClass").asText()).isEqualTo("SMALL");
    assertThat(visit.path("needs").get(0).path("topic").asText()).isEqualTo("social-media");
    assertThat(visit.path("needs").get(0).path("priority").asInt()).isEqualTo(1);
    assertThat(api.get("/projects/KOBRA/visits", ADMIN_KEY).json()).hasSize(1);
    assertThat(
            api.get("/projects/KOBRA/needs?at=2016-12-31", ADMIN_KEY).json().path("visits").asInt())
        .isEqualTo(1);
  }

  @Test
  void a_visit_by_a_broker_not_recorded_answers_422_naming_the_broker() {
    // when
    Response response = api.put("/visits/V1", ADMIN_KEY, TrainingBodies.visit("KM-NONE"));

    // then
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().path("field").asText()).isEqualTo("broker");
  }

  @Test
  void a_visit_before_its_brokers_period_is_refused_with_the_visit_policys_code() {
    // given
    String early = TrainingBodies.visit("KM-OWN").replace("2016-03-01", "2015-01-01");

    // when
    Response response = api.put("/visits/V1", ADMIN_KEY, early);

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("errors").get(0).path("code").asText())
        .isEqualTo("visit-outside-broker-period");
  }

  @Test
  void a_focus_area_is_recorded_on_a_topic_and_one_outside_the_vocabulary_is_refused() {
    // when
    Response recorded =
        api.put(
            "/projects/KOBRA/focus-areas/social-media",
            ADMIN_KEY,
            "{\"chosenOn\":\"2016-11-22\",\"decision\":\"B2016-07§1\"}");
    Response unknown =
        api.put("/projects/KOBRA/focus-areas/knitting", ADMIN_KEY, "{\"chosenOn\":\"2016-11-22\"}");

    // then
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    assertThat(
            api.get("/projects/KOBRA/focus-areas", MEMBER_KEY).json().findValuesAsText("decision"))
        .containsExactly("B2016-07§1");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("errors").get(0).path("code").asText())
        .isEqualTo("unknown-topic");
  }

  @Test
  void a_training_moves_from_proposed_to_evaluated_and_each_state_is_answered() {
    // when
    Response proposed = api.put("/trainings/T1", ADMIN_KEY, TrainingBodies.training(OWN_PARTNER));
    Response approved = api.post("/trainings/T1/approve", BOARD_KEY, DECISION);
    Response delivered = api.post("/trainings/T1/deliver", ADMIN_KEY, DELIVERY);
    Response evaluated =
        api.post("/trainings/T1/evaluate", ADMIN_KEY, "{\"score\":4,\"comment\":\"Bra\"}");

    // then
    assertThat(proposed.json().path("allowedMoves").toString())
        .isEqualTo("[\"APPROVED\",\"REJECTED\"]");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().path("decision").asText()).isEqualTo("B2016-07§1");
    assertThat(delivered.json().path("status").asText()).isEqualTo("DELIVERED");
    assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(200);
    JsonNode stored = api.get("/trainings/T1", MEMBER_KEY).json();
    assertThat(stored.path("status").asText()).isEqualTo("EVALUATED");
    assertThat(stored.path("score").asInt()).isEqualTo(4);
    assertThat(stored.path("participants").get(0).path("count").asInt()).isEqualTo(14);
    assertThat(api.get("/projects/KOBRA/trainings", MEMBER_KEY).json()).hasSize(1);
  }

  @Test
  void a_training_is_recorded_with_the_goal_it_serves_and_answered_with_it_or_none() {
    // given
    api.put("/goals/2016-II", ADMIN_KEY, "{\"fiscalYear\":2016,\"number\":\"II\",\"title\":\"B\"}");

    // when
    Response linked = api.put("/trainings/T1", ADMIN_KEY, withGoal("2016-II"));
    JsonNode read = api.get("/trainings/T1", MEMBER_KEY).json();
    Response none = api.put("/trainings/T2", ADMIN_KEY, TrainingBodies.training(OWN_PARTNER));

    // then
    assertThat(linked.status()).as(linked.body()).isEqualTo(200);
    assertThat(linked.json().path("goal").asText()).isEqualTo("2016-II");
    assertThat(read.path("goal").asText()).isEqualTo("2016-II");
    assertThat(none.status()).as(none.body()).isEqualTo(200);
    assertThat(none.json().path("goal").isMissingNode() || none.json().path("goal").isNull())
        .isTrue();
  }

  @Test
  void a_training_serving_a_goal_that_is_not_recorded_is_a_422_naming_its_goal() {
    // when
    Response response = api.put("/trainings/T1", ADMIN_KEY, withGoal("2016-IX"));

    // then
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    assertThat(response.errorFields()).containsExactly("goal");
    assertThat(response.json().path("errors").get(0).path("code").asText())
        .isEqualTo("missing-reference");
    assertThat(api.get("/trainings/T1", MEMBER_KEY).status()).isEqualTo(404);
  }

  private static String withGoal(String goal) {
    String body = TrainingBodies.training(OWN_PARTNER);
    return body.substring(0, body.length() - 1) + ",\"goal\":\"" + goal + "\"}";
  }

  @Test
  void a_rejected_training_names_the_decision_and_allows_no_move() {
    // given
    api.put("/trainings/T1", ADMIN_KEY, TrainingBodies.training(OWN_PARTNER));

    // when
    Response rejected = api.post("/trainings/T1/reject", ADMIN_KEY, DECISION);

    // then
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    assertThat(rejected.json().path("status").asText()).isEqualTo("REJECTED");
    assertThat(rejected.json().path("decision").asText()).isEqualTo("B2016-07§1");
    assertThat(rejected.json().path("allowedMoves")).isEmpty();
  }

  @Test
  void an_illegal_move_answers_409_naming_the_allowed_moves() {
    // given
    api.put("/trainings/T1", ADMIN_KEY, TrainingBodies.training(OWN_PARTNER));
    api.post("/trainings/T1/approve", ADMIN_KEY, DECISION);

    // when
    Response again = api.post("/trainings/T1/approve", ADMIN_KEY, DECISION);
    Response evaluate = api.post("/trainings/T1/evaluate", ADMIN_KEY, "{\"score\":3}");

    // then
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().path("code").asText()).isEqualTo("illegal-status-change");
    assertThat(again.json().path("detail").asText())
        .isEqualTo("training T1 cannot move from APPROVED to APPROVED; allowed: DELIVERED");
    assertThat(evaluate.status()).isEqualTo(409);
    assertThat(evaluate.json().path("detail").asText()).endsWith("allowed: DELIVERED");
  }

  @Test
  void approving_by_a_decision_not_recorded_answers_422_and_leaves_the_training_proposed() {
    // given
    api.put("/trainings/T1", ADMIN_KEY, TrainingBodies.training(OWN_PARTNER));

    // when
    Response response =
        api.post("/trainings/T1/approve", ADMIN_KEY, "{\"decision\":\"B2099-01§1\"}");

    // then
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().path("field").asText()).isEqualTo("decision");
    assertThat(api.get("/trainings/T1", ADMIN_KEY).json().path("status").asText())
        .isEqualTo("PROPOSED");
  }

  @Test
  void the_participants_of_a_delivered_training_are_replaced_and_of_a_proposed_one_refused() {
    // given
    api.put("/trainings/T1", ADMIN_KEY, TrainingBodies.training(OWN_PARTNER));
    Response early =
        api.put(
            "/trainings/T1/participants",
            ADMIN_KEY,
            "{\"participants\":[{\"organisation\":\"Vara kommun\",\"country\":\"SE\",\"count\":3}]}");
    api.post("/trainings/T1/approve", ADMIN_KEY, DECISION);
    api.post("/trainings/T1/deliver", ADMIN_KEY, DELIVERY);

    // when
    Response replaced =
        api.put(
            "/trainings/T1/participants",
            ADMIN_KEY,
            "{\"participants\":[{\"organisation\":\"Vara kommun\",\"country\":\"SE\",\"count\":3},"
                + "{\"organisation\":\"Larvik kommune\",\"country\":\"NO\",\"count\":2}]}");

    // then
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.json().path("errors").get(0).path("code").asText()).isEqualTo("not-in-status");
    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    JsonNode participants = api.get("/trainings/T1/participants", MEMBER_KEY).json();
    assertThat(participants.path("total").asInt()).isEqualTo(5);
    assertThat(participants.path("participants")).hasSize(2);
  }

  @Test
  void an_unknown_training_answers_404() {
    // when
    Response response = api.post("/trainings/T-NONE/approve", ADMIN_KEY, DECISION);

    // then
    assertThat(response.status()).isEqualTo(404);
    assertThat(api.get("/trainings/T-NONE", ADMIN_KEY).status()).isEqualTo(404);
  }
}
