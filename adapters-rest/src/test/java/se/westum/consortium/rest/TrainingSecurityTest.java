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
import static se.westum.consortium.rest.TrainingBodies.OTHER_PARTNER;
import static se.westum.consortium.rest.TrainingBodies.OWN_PARTNER;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.rest.TestApi.Response;

/**
 * Who may record and read training records (issue 9): a {@code MEMBER} key records visits for its
 * own partners' brokers and proposes trainings its own partners deliver, sees other partners'
 * visits as missing, and cannot tell another partner's id from a free one; approving and rejecting
 * need a {@code BOARD} or {@code ADMIN} key.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainingSecurityTest {

  private TestApi api;

  /** V-OWN is by the member's own broker, V-OTHER by another member's; T-OTHER is the other's. */
  @BeforeEach
  void start() {
    api = TestApi.start(TrainingBodies.kobra(), RestApi.DEFAULT_MAX_REQUEST_BYTES);
    assertThat(api.put("/visits/V-OWN", ADMIN_KEY, TrainingBodies.visit("KM-OWN")).status())
        .isEqualTo(200);
    assertThat(api.put("/visits/V-OTHER", ADMIN_KEY, TrainingBodies.visit("KM-OTHER")).status())
        .isEqualTo(200);
    assertThat(
            api.put("/trainings/T-OTHER", ADMIN_KEY, TrainingBodies.training(OTHER_PARTNER))
                .status())
        .isEqualTo(200);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void a_member_lists_only_its_own_partners_visits_and_brokers() {
    // when
    Response visits = api.get("/projects/KOBRA/visits", MEMBER_KEY);
    Response brokers = api.get("/projects/KOBRA/brokers", MEMBER_KEY);

    // then
    assertThat(visits.json().findValuesAsText("id")).containsExactly("V-OWN");
    assertThat(brokers.json().findValuesAsText("id")).containsExactly("KM-OWN");
    assertThat(api.get("/projects/KOBRA/visits", BOARD_KEY).json()).hasSize(2);
  }

  @Test
  void another_partners_visit_answers_a_member_exactly_as_a_missing_one() {
    // when
    Response foreign = api.get("/visits/V-OTHER", MEMBER_KEY);
    Response missing = api.get("/visits/V-NONE", MEMBER_KEY);

    // then
    assertThat(api.get("/visits/V-OWN", MEMBER_KEY).status()).isEqualTo(200);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.json().path("code")).isEqualTo(missing.json().path("code"));
    assertThat(foreign.body()).isEqualTo(missing.body().replace("V-NONE", "V-OTHER"));
  }

  @Test
  void a_member_records_a_visit_by_its_own_partners_broker() {
    // when
    Response response = api.put("/visits/V-NEW", MEMBER_KEY, TrainingBodies.visit("KM-OWN"));

    // then
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(api.get("/visits/V-NEW", ADMIN_KEY).status()).isEqualTo(200);
  }

  @Test
  void a_member_cannot_tell_another_partners_visit_or_broker_from_a_free_id_and_writes_nothing() {
    // when
    Response otherBroker = api.put("/visits/V-NEW", MEMBER_KEY, TrainingBodies.visit("KM-OTHER"));
    Response noBroker = api.put("/visits/V-NEW", MEMBER_KEY, TrainingBodies.visit("KM-NONE"));
    Response overOther = api.put("/visits/V-OTHER", MEMBER_KEY, TrainingBodies.visit("KM-OWN"));

    // then
    assertThat(otherBroker.status()).isEqualTo(403);
    assertThat(noBroker.body()).isEqualTo(otherBroker.body());
    assertThat(overOther.body().replace("V-OTHER", "V-NEW")).isEqualTo(otherBroker.body());
    assertThat(api.get("/visits/V-NEW", ADMIN_KEY).status()).isEqualTo(404);
    assertThat(api.get("/visits/V-OTHER", ADMIN_KEY).json().path("broker").asText())
        .isEqualTo("KM-OTHER");
  }

  @Test
  void a_member_proposes_a_training_its_own_partner_delivers() {
    // when
    Response response =
        api.put("/trainings/T-NEW", MEMBER_KEY, TrainingBodies.training(OWN_PARTNER));

    // then
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().path("status").asText()).isEqualTo("PROPOSED");
  }

  @Test
  void a_member_may_not_propose_for_another_partner_nor_over_another_partners_training() {
    // when
    Response forOther =
        api.put("/trainings/T-NEW", MEMBER_KEY, TrainingBodies.training(OTHER_PARTNER));
    Response forNone =
        api.put("/trainings/T-NEW", MEMBER_KEY, TrainingBodies.training("KOBRA-NONE"));
    Response overOther =
        api.put("/trainings/T-OTHER", MEMBER_KEY, TrainingBodies.training(OWN_PARTNER));

    // then
    assertThat(forOther.status()).isEqualTo(403);
    assertThat(forNone.body()).isEqualTo(forOther.body());
    assertThat(overOther.body().replace("T-OTHER", "T-NEW")).isEqualTo(forOther.body());
    assertThat(api.get("/trainings/T-NEW", ADMIN_KEY).status()).isEqualTo(404);
    assertThat(api.get("/trainings/T-OTHER", ADMIN_KEY).json().path("partner").asText())
        .isEqualTo(OTHER_PARTNER);
  }

  @Test
  void approving_or_rejecting_needs_a_board_or_admin_key() {
    // when
    Response byMember = api.post("/trainings/T-OTHER/approve", MEMBER_KEY, DECISION);
    Response rejectByMember = api.post("/trainings/T-OTHER/reject", MEMBER_KEY, DECISION);
    Response byBoard = api.post("/trainings/T-OTHER/approve", BOARD_KEY, DECISION);

    // then
    assertThat(byMember.status()).isEqualTo(403);
    assertThat(rejectByMember.status()).isEqualTo(403);
    assertThat(byBoard.status()).as(byBoard.body()).isEqualTo(200);
    assertThat(byBoard.json().path("decision").asText()).isEqualTo("B2016-07§1");
  }

  @Test
  void a_board_key_records_no_visit_training_or_delivery() {
    // when
    Response visit = api.put("/visits/V-NEW", BOARD_KEY, TrainingBodies.visit("KM-OWN"));
    Response training =
        api.put("/trainings/T-NEW", BOARD_KEY, TrainingBodies.training(OWN_PARTNER));
    Response deliver = api.post("/trainings/T-OTHER/deliver", BOARD_KEY, TrainingBodies.DELIVERY);

    // then
    assertThat(visit.status()).isEqualTo(403);
    assertThat(training.status()).isEqualTo(403);
    assertThat(deliver.status()).isEqualTo(403);
  }
}
