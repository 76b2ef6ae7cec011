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
import static se.westum.consortium.rest.ProjectBodies.EPLUS;
import static se.westum.consortium.rest.ProjectBodies.mobility;
import static se.westum.consortium.rest.TestApi.ADMIN_KEY;
import static se.westum.consortium.rest.TestApi.BOARD_KEY;
import static se.westum.consortium.rest.TestApi.MEMBER_KEY;
import static se.westum.consortium.rest.TestApi.OTHER;
import static se.westum.consortium.rest.TestApi.OWN;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.westum.consortium.rest.TestApi.Response;

/**
 * Who may read and record projects and mobilities (issue 4): a {@code MEMBER} key records and reads
 * the mobilities of its own organisation only.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MobilitySecurityTest {

  private static final String PROJECT = "/projects/" + EPLUS;

  private TestApi api;

  /** M-OWN is sent by the key's member, M-OTHER by another member, M-NONE by no member. */
  @BeforeEach
  void start_with_a_mobility_of_each_sender() {
    api = TestApi.start();
    ProjectBodies.recordErasmusProject(api);
    ProjectBodies.recordMobility(api, "M-OWN", mobility("LEARNER", OWN, "2016-03-01", "COMPLETED"));
    ProjectBodies.recordMobility(
        api, "M-OTHER", mobility("LEARNER", OTHER, "2016-04-01", "COMPLETED"));
    ProjectBodies.recordMobility(api, "M-NONE", mobility("STAFF", null, "2016-05-01", "PLANNED"));
    assertThat(
            api.put(
                    PROJECT + "/partners/WESTUM",
                    ADMIN_KEY,
                    "{\"organisation\":\"Westum\",\"country\":\"SE\",\"nationalId\":\"222000-1073\","
                        + "\"role\":\"COORDINATING\"}")
                .status())
        .isEqualTo(200);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/programmes",
        "/projects",
        "/projects?year=2016",
        PROJECT,
        PROJECT + "/partners",
        PROJECT + "/working-groups",
        PROJECT + "/activities",
        PROJECT + "/indicators",
        "/travel-grant?callYear=2015&from=58.3903,13.8461&to=53.5511,9.9937"
      })
  void a_member_reads_what_the_annual_report_publishes_and_the_calculator(String path) {
    // when
    Response response = api.get(path, MEMBER_KEY);

    // then
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
  }

  @Test
  void a_member_reads_its_own_mobility_and_its_grant() {
    // when
    Response mobility = api.get("/mobilities/M-OWN", MEMBER_KEY);
    Response grant = api.get("/mobilities/M-OWN/grant", MEMBER_KEY);

    // then
    assertThat(mobility.status()).isEqualTo(200);
    assertThat(mobility.json().path("sendingMember").asText()).isEqualTo(OWN);
    assertThat(grant.status()).isEqualTo(200);
    assertThat(grant.json().path("totalEur").asText()).isEqualTo("1105.00");
  }

  @Test
  void another_organisations_mobility_answers_a_member_exactly_like_a_missing_one() {
    // when
    Response other = api.get("/mobilities/M-OTHER", MEMBER_KEY);
    Response none = api.get("/mobilities/M-NONE", MEMBER_KEY);
    Response otherGrant = api.get("/mobilities/M-OTHER/grant", MEMBER_KEY);
    Response missing = api.get("/mobilities/M-MISSING", MEMBER_KEY);

    // then
    for (Response response : new Response[] {other, none, otherGrant, missing}) {
      assertThat(response.status()).isEqualTo(404);
      assertThat(response.json().path("code").asText()).isEqualTo("mobility-not-found");
      assertThat(response.body()).doesNotContain(OTHER).doesNotContain("Hamburg");
    }
    assertThat(other.json().path("detail").asText()).isEqualTo("no mobility M-OTHER");
    assertThat(missing.json().path("detail").asText()).isEqualTo("no mobility M-MISSING");
  }

  @Test
  void a_members_list_of_a_projects_mobilities_holds_its_own_only() {
    // when
    Response member = api.get(PROJECT + "/mobilities", MEMBER_KEY);
    Response board = api.get(PROJECT + "/mobilities", BOARD_KEY);

    // then
    assertThat(member.status()).isEqualTo(200);
    assertThat(member.json().findValuesAsText("id")).containsExactly("M-OWN");
    assertThat(board.json().findValuesAsText("id"))
        .containsExactlyInAnyOrder("M-OWN", "M-OTHER", "M-NONE");
  }

  @Test
  void a_member_records_a_mobility_its_own_organisation_sends() {
    // when
    Response response =
        api.put("/mobilities/M-NEW", MEMBER_KEY, mobility("STAFF", OWN, "2016-09-01", "PLANNED"));

    // then
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(api.get("/mobilities/M-NEW", MEMBER_KEY).status()).isEqualTo(200);
  }

  @Test
  void a_member_may_not_record_a_mobility_for_another_organisation_or_for_none() {
    // when
    Response other =
        api.put(
            "/mobilities/M-NEW1", MEMBER_KEY, mobility("STAFF", OTHER, "2016-09-01", "PLANNED"));
    Response none =
        api.put("/mobilities/M-NEW2", MEMBER_KEY, mobility("STAFF", null, "2016-09-01", "PLANNED"));

    // then
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.json().path("code").asText()).isEqualTo("forbidden");
    assertThat(none.status()).isEqualTo(403);
    assertThat(api.get("/mobilities/M-NEW1", ADMIN_KEY).status()).isEqualTo(404);
    assertThat(api.get("/mobilities/M-NEW2", ADMIN_KEY).status()).isEqualTo(404);
  }

  @Test
  void
      a_member_gets_the_same_answer_for_another_organisations_id_as_for_a_free_id_it_may_not_claim() {
    // when
    Response taken =
        api.put(
            "/mobilities/M-OTHER", MEMBER_KEY, mobility("LEARNER", OWN, "2016-04-01", "PLANNED"));
    Response free =
        api.put(
            "/mobilities/M-FREE-9",
            MEMBER_KEY,
            mobility("LEARNER", OTHER, "2016-04-01", "PLANNED"));

    // then
    assertThat(taken.status()).isEqualTo(403);
    assertThat(free.status()).isEqualTo(403);
    assertThat(taken.json().path("code")).isEqualTo(free.json().path("code"));
    assertThat(taken.json().path("detail")).isEqualTo(free.json().path("detail"));
  }

  @Test
  void a_member_may_not_take_over_another_organisations_mobility() {
    // when
    Response response =
        api.put(
            "/mobilities/M-OTHER", MEMBER_KEY, mobility("LEARNER", OWN, "2016-04-01", "CANCELLED"));

    // then
    assertThat(response.status()).isEqualTo(403);
    Response stored = api.get("/mobilities/M-OTHER", ADMIN_KEY);
    assertThat(stored.json().path("sendingMember").asText()).isEqualTo(OTHER);
    assertThat(stored.json().path("status").asText()).isEqualTo("COMPLETED");
  }

  @Test
  void a_member_may_not_read_the_grant_nor_the_budget() {
    // when
    Response grant = api.get(PROJECT + "/mobility-grant", MEMBER_KEY);
    Response budget = api.get(PROJECT + "/budget?at=2016-12-31", MEMBER_KEY);

    // then
    assertThat(grant.status()).isEqualTo(403);
    assertThat(budget.status()).isEqualTo(403);
    assertThat(budget.json().path("code").asText()).isEqualTo("forbidden");
  }

  @Test
  void a_member_may_record_no_project_record() {
    // when
    Map<String, Response> responses = new LinkedHashMap<>();
    responses.put("programme", api.put("/programmes/ESF", MEMBER_KEY, ProjectBodies.PROGRAMME));
    responses.put("project", api.put(PROJECT, MEMBER_KEY, ProjectBodies.PROJECT));
    responses.put("status", api.post(PROJECT + "/status", MEMBER_KEY, "{\"status\":\"CLOSING\"}"));
    responses.put(
        "partner",
        api.put(
            PROJECT + "/partners/X",
            MEMBER_KEY,
            "{\"organisation\":\"X\",\"country\":\"DE\",\"nationalId\":\"X\",\"role\":\"PARTNER\"}"));
    responses.put(
        "group",
        api.put(
            PROJECT + "/working-groups/X",
            MEMBER_KEY,
            "{\"name\":\"X\",\"kind\":\"WORKING_GROUP\"}"));
    responses.put(
        "activity",
        api.put(
            PROJECT + "/activities/X", MEMBER_KEY, "{\"name\":\"X\",\"responsible\":\"WESTUM\"}"));
    responses.put(
        "indicator",
        api.put(
            PROJECT + "/indicators/X",
            MEMBER_KEY,
            "{\"name\":\"X\",\"unit\":\"x\",\"baseline\":0,\"target\":1}"));
    responses.put("grant", api.put(PROJECT + "/mobility-grant", MEMBER_KEY, ProjectBodies.GRANT));

    // then
    assertThat(responses)
        .allSatisfy((what, response) -> assertThat(response.status()).as(what).isEqualTo(403));
    assertThat(api.get("/programmes", ADMIN_KEY).json()).hasSize(1);
    assertThat(api.get(PROJECT, ADMIN_KEY).json().path("status").asText()).isEqualTo("RUNNING");
  }

  @Test
  void the_board_reads_every_mobility_the_grant_and_the_budget_but_records_nothing() {
    // when
    Response other = api.get("/mobilities/M-OTHER", BOARD_KEY);
    Response grant = api.get(PROJECT + "/mobility-grant", BOARD_KEY);
    Response budget = api.get(PROJECT + "/budget?at=2016-12-31", BOARD_KEY);
    Response record =
        api.put("/mobilities/M-NEW", BOARD_KEY, mobility("STAFF", OWN, "2016-09-01", "PLANNED"));
    Response status = api.post(PROJECT + "/status", BOARD_KEY, "{\"status\":\"CLOSING\"}");

    // then
    assertThat(other.status()).isEqualTo(200);
    assertThat(grant.status()).isEqualTo(200);
    assertThat(budget.status()).isEqualTo(200);
    assertThat(record.status()).isEqualTo(403);
    assertThat(status.status()).isEqualTo(403);
    assertThat(api.get("/mobilities/M-NEW", ADMIN_KEY).status()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/projects", "/mobilities/M-OWN", "/travel-grant?callYear=2015"})
  void project_and_mobility_reads_need_a_key(String path) {
    // when
    Response response = api.get(path, null);

    // then
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .contains("Bearer realm=\"consortium\"");
  }

  @Test
  void answers_about_mobilities_are_not_cached() {
    // when
    Response response = api.get("/mobilities/M-OWN", MEMBER_KEY);

    // then
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
  }
}
