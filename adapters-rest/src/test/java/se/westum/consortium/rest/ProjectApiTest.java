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
import static se.westum.consortium.rest.TestApi.ADMIN_KEY;
import static se.westum.consortium.rest.TestApi.BOARD_KEY;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.westum.consortium.rest.TestApi.Response;

/** Programmes, projects and what belongs to them (issue 4). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProjectApiTest {

  private static final String PATH = "/projects/" + EPLUS;

  private TestApi api;

  @BeforeEach
  void start() {
    api = TestApi.start();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void a_programme_is_recorded_and_listed() {
    // when
    Response recorded = api.put("/programmes/ERASMUS-KA1", ADMIN_KEY, ProjectBodies.PROGRAMME);
    Response list = api.get("/programmes", BOARD_KEY);

    // then
    assertThat(recorded.status()).isEqualTo(200);
    assertThat(recorded.json().path("id").asText()).isEqualTo("ERASMUS-KA1");
    assertThat(recorded.json().path("kind").asText()).isEqualTo("ERASMUS_PLUS_KA1");
    assertThat(list.json()).hasSize(1);
    assertThat(list.json().get(0)).isEqualTo(recorded.json());
  }

  @Test
  void a_project_is_recorded_and_read_back_with_its_deadlines_audits_and_next_statuses() {
    // given
    api.put("/programmes/ERASMUS-KA1", ADMIN_KEY, ProjectBodies.PROGRAMME);

    // when
    Response recorded = api.put(PATH, ADMIN_KEY, ProjectBodies.PROJECT);
    Response read = api.get(PATH, BOARD_KEY);

    // then
    assertThat(recorded.status()).isEqualTo(200);
    assertThat(read.json()).isEqualTo(recorded.json());
    JsonNode project = read.json();
    assertThat(project.path("acronym").asText()).isEqualTo(EPLUS);
    assertThat(project.path("programme").asText()).isEqualTo("ERASMUS-KA1");
    assertThat(project.path("start").asText()).isEqualTo("2015-06-01");
    assertThat(project.path("end").asText()).isEqualTo("2017-05-31");
    assertThat(project.path("status").asText()).isEqualTo("RUNNING");
    assertThat(project.path("nextStatuses")).hasSize(1);
    assertThat(project.path("nextStatuses").get(0).asText()).isEqualTo("CLOSING");
    assertThat(project.path("applicationDeadline").isNull()).isTrue();
    assertThat(project.path("finalReportDeadline").asText()).isEqualTo("2017-06-30");
    assertThat(project.path("audits").get(0).path("authority").asText()).isEqualTo("UHR");
  }

  @Test
  void a_project_of_a_programme_that_is_not_recorded_is_a_422_naming_the_programme() {
    // when
    Response response = api.put(PATH, ADMIN_KEY, ProjectBodies.PROJECT);

    // then
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.errorFields()).containsExactly("programme");
    assertThat(response.json().path("errors").get(0).path("code").asText())
        .isEqualTo("missing-reference");
  }

  @Test
  void a_project_is_recorded_with_its_goals_in_order_and_read_back_with_them() {
    // given
    api.put("/programmes/ERASMUS-KA1", ADMIN_KEY, ProjectBodies.PROGRAMME);
    api.put("/goals/2016-I", ADMIN_KEY, "{\"fiscalYear\":2016,\"number\":\"I\",\"title\":\"A\"}");
    api.put(
        "/goals/2016-III", ADMIN_KEY, "{\"fiscalYear\":2016,\"number\":\"III\",\"title\":\"C\"}");

    // when
    Response recorded = api.put(PATH, ADMIN_KEY, withGoals("\"2016-III\",\"2016-I\",\"2016-III\""));
    Response read = api.get(PATH, BOARD_KEY);
    Response none = api.put(PATH, ADMIN_KEY, ProjectBodies.PROJECT);

    // then
    assertThat(recorded.status()).isEqualTo(200);
    assertThat(read.json().path("goals").toString()).isEqualTo("[\"2016-III\",\"2016-I\"]");
    assertThat(none.json().path("goals").isArray()).isTrue();
    assertThat(none.json().path("goals")).isEmpty();
  }

  @Test
  void a_project_linked_to_a_goal_that_is_not_recorded_is_a_422_naming_its_goals() {
    // given
    api.put("/programmes/ERASMUS-KA1", ADMIN_KEY, ProjectBodies.PROGRAMME);

    // when
    Response response = api.put(PATH, ADMIN_KEY, withGoals("\"2016-IX\""));

    // then
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.errorFields()).containsExactly("goals");
    assertThat(response.json().path("errors").get(0).path("code").asText())
        .isEqualTo("missing-reference");
    assertThat(api.get(PATH, BOARD_KEY).status()).isEqualTo(404);
  }

  private static String withGoals(String goals) {
    return ProjectBodies.PROJECT.replace(
        "\"status\":\"RUNNING\",", "\"status\":\"RUNNING\",\"goals\":[" + goals + "],");
  }

  @Test
  void a_status_that_does_not_exist_is_a_400_listing_the_statuses() {
    // when
    Response response =
        api.put(
            PATH,
            ADMIN_KEY,
            "{\"name\":\" \",\"programme\":\"X\",\"start\":\"2015-06-01\",\"status\":\"DONE\"}");

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("status");
    assertThat(response.json().path("errors").get(0).path("message").asText())
        .contains("DRAFT_APPLICATION");
  }

  @Test
  void projects_are_listed_all_or_by_the_year_they_run_in() {
    // given
    api.put("/programmes/ERASMUS-KA1", ADMIN_KEY, ProjectBodies.PROGRAMME);
    api.put(PATH, ADMIN_KEY, ProjectBodies.PROJECT);
    api.put(
        "/projects/EPLUS-2017",
        ADMIN_KEY,
        ProjectBodies.PROJECT
            .replace("2015-06-01", "2017-09-01")
            .replace("2017-05-31", "2019-08-31"));

    // when
    Response all = api.get("/projects", TestApi.MEMBER_KEY);
    Response in2016 = api.get("/projects?year=2016", TestApi.MEMBER_KEY);
    Response in2018 = api.get("/projects?year=2018", TestApi.MEMBER_KEY);
    Response badYear = api.get("/projects?year=twenty", TestApi.MEMBER_KEY);
    Response farYear = api.get("/projects?year=3000", TestApi.MEMBER_KEY);

    // then
    assertThat(all.json().findValuesAsText("acronym")).containsExactly(EPLUS, "EPLUS-2017");
    assertThat(in2016.json().findValuesAsText("acronym")).containsExactly(EPLUS);
    assertThat(in2018.json().findValuesAsText("acronym")).containsExactly("EPLUS-2017");
    assertThat(badYear.status()).isEqualTo(400);
    assertThat(badYear.errorFields()).containsExactly("year");
    assertThat(farYear.status()).isEqualTo(400);
    assertThat(farYear.errorFields()).containsExactly("year");
  }

  @Test
  void a_project_moves_along_its_status_machine() {
    // given
    api.put("/programmes/ERASMUS-KA1", ADMIN_KEY, ProjectBodies.PROGRAMME);
    api.put(PATH, ADMIN_KEY, ProjectBodies.PROJECT.replace("RUNNING", "SUBMITTED"));

    // when
    Response granted = api.post(PATH + "/status", ADMIN_KEY, "{\"status\":\"GRANTED\"}");

    // then
    assertThat(granted.status()).isEqualTo(200);
    assertThat(granted.json().path("status").asText()).isEqualTo("GRANTED");
    assertThat(api.get(PATH, ADMIN_KEY).json().path("status").asText()).isEqualTo("GRANTED");
  }

  @Test
  void an_illegal_status_change_is_a_409_naming_the_allowed_statuses() {
    // given
    api.put("/programmes/ERASMUS-KA1", ADMIN_KEY, ProjectBodies.PROGRAMME);
    api.put(PATH, ADMIN_KEY, ProjectBodies.PROJECT.replace("RUNNING", "SUBMITTED"));

    // when
    Response response = api.post(PATH + "/status", ADMIN_KEY, "{\"status\":\"CLOSED\"}");

    // then
    assertThat(response.status()).isEqualTo(409);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("code").asText()).isEqualTo("illegal-status-change");
    assertThat(response.json().path("detail").asText())
        .contains("SUBMITTED")
        .contains("CLOSED")
        .contains("allowed: GRANTED, REJECTED");
    assertThat(api.get(PATH, ADMIN_KEY).json().path("status").asText()).isEqualTo("SUBMITTED");
  }

  @Test
  void the_status_of_a_project_that_is_not_recorded_is_404_and_a_missing_status_400() {
    // when
    Response missingProject =
        api.post("/projects/NOPE/status", ADMIN_KEY, "{\"status\":\"GRANTED\"}");
    Response missingStatus = api.post("/projects/NOPE/status", ADMIN_KEY, "{}");

    // then
    assertThat(missingProject.status()).isEqualTo(404);
    assertThat(missingProject.json().path("code").asText()).isEqualTo("project-not-found");
    assertThat(missingStatus.status()).isEqualTo(400);
    assertThat(missingStatus.errorFields()).containsExactly("status");
  }

  @Test
  void partners_are_recorded_with_national_ids_checked_by_country() {
    // given
    recordProject();

    // when
    Response swedish =
        api.put(
            PATH + "/partners/WESTUM",
            ADMIN_KEY,
            """
            {"organisation":"Westum","country":"SE","nationalId":"2220001073","role":"COORDINATING"}
            """);
    Response norwegian =
        api.put(
            PATH + "/partners/LARVIK",
            ADMIN_KEY,
            """
            {"organisation":"Larvik kommune","country":"NO","nationalId":"123456789",
             "role":"PARTNER"}
            """);
    Response prospective =
        api.put(
            PATH + "/partners/MUNKEDAL",
            ADMIN_KEY,
            """
            {"organisation":"Munkedals kommune","country":"DE","nationalId":"HRB 1234",
             "role":"ASSOCIATED","prospective":true}
            """);
    Response list = api.get(PATH + "/partners", TestApi.MEMBER_KEY);

    // then
    assertThat(swedish.status()).isEqualTo(200);
    assertThat(swedish.json().path("nationalId").asText()).isEqualTo("222000-1073");
    assertThat(swedish.json().path("member").isNull()).isTrue();
    assertThat(swedish.json().path("prospective").asBoolean()).isFalse();
    assertThat(norwegian.status()).isEqualTo(400);
    assertThat(norwegian.errorFields()).containsExactly("nationalId");
    assertThat(norwegian.json().path("errors").get(0).path("code").asText())
        .isEqualTo("invalid-national-id");
    assertThat(prospective.json().path("prospective").asBoolean()).isTrue();
    assertThat(list.json().findValuesAsText("id")).containsExactlyInAnyOrder("WESTUM", "MUNKEDAL");
  }

  @Test
  void a_working_group_names_recorded_meetings_only() {
    // given
    recordProject();
    api.put(
        "/meetings/WG-01",
        ADMIN_KEY,
        "{\"kind\":\"WORKING_GROUP_MEETING\",\"start\":\"2016-09-01\",\"place\":\"Skövde\",\"present\":[]}");

    // when
    Response recorded =
        api.put(
            PATH + "/working-groups/CONTACTS",
            ADMIN_KEY,
            """
            {"name":"Kontaktpersoner","kind":"WORKING_GROUP",
             "organisations":["Westum","Skövde kommun"],"meetings":["WG-01"]}
            """);
    Response unknownMeeting =
        api.put(
            PATH + "/working-groups/BOARD",
            ADMIN_KEY,
            "{\"name\":\"Projektstyrgrupp\",\"kind\":\"PROJECT_BOARD\",\"meetings\":[\"WG-99\"]}");
    Response list = api.get(PATH + "/working-groups", TestApi.MEMBER_KEY);

    // then
    assertThat(recorded.status()).isEqualTo(200);
    assertThat(recorded.json().path("meetings").get(0).asText()).isEqualTo("WG-01");
    assertThat(unknownMeeting.status()).isEqualTo(422);
    assertThat(unknownMeeting.errorFields()).containsExactly("meetings");
    assertThat(list.json()).hasSize(1);
    assertThat(list.json().get(0)).isEqualTo(recorded.json());
  }

  @Test
  void an_activity_is_led_by_a_recorded_partner_of_the_project() {
    // given
    recordProject();
    api.put(
        PATH + "/partners/WESTUM",
        ADMIN_KEY,
        "{\"organisation\":\"Westum\",\"country\":\"SE\",\"nationalId\":\"222000-1073\",\"role\":\"LEAD\"}");

    // when
    Response recorded =
        api.put(
            PATH + "/activities/A1",
            ADMIN_KEY,
            "{\"name\":\"Kompetensmäklare\",\"responsible\":\"WESTUM\"}");
    Response unknownPartner =
        api.put(
            PATH + "/activities/A2", ADMIN_KEY, "{\"name\":\"Analys\",\"responsible\":\"NOPE\"}");
    Response list = api.get(PATH + "/activities", TestApi.MEMBER_KEY);

    // then
    assertThat(recorded.status()).isEqualTo(200);
    assertThat(recorded.json().path("responsible").asText()).isEqualTo("WESTUM");
    assertThat(unknownPartner.status()).isEqualTo(422);
    assertThat(unknownPartner.errorFields()).containsExactly("responsible");
    assertThat(list.json().findValuesAsText("id")).containsExactly("A1");
  }

  @Test
  void an_indicator_answers_its_measurements_with_progress_towards_the_target() {
    // given
    recordProject();

    // when
    Response recorded =
        api.put(
            PATH + "/indicators/VISITS",
            ADMIN_KEY,
            """
            {"name":"Företagsbesök","unit":"besök","baseline":0,"target":"400",
             "measurements":[{"date":"2017-02-28","value":325},{"date":"2016-06-30","value":"100"}]}
            """);
    Response list = api.get(PATH + "/indicators", TestApi.MEMBER_KEY);

    // then
    assertThat(recorded.status()).isEqualTo(200);
    JsonNode indicator = list.json().get(0);
    assertThat(indicator).isEqualTo(recorded.json());
    assertThat(indicator.path("achieved").asText()).isEqualTo("325");
    assertThat(indicator.path("progressPercent").asText()).isEqualTo("81.3");
    assertThat(indicator.path("measurements").findValuesAsText("date"))
        .containsExactly("2016-06-30", "2017-02-28");
    assertThat(indicator.path("measurements").findValuesAsText("progressPercent"))
        .containsExactly("25.0", "81.3");
  }

  @Test
  void an_indicator_whose_target_is_its_baseline_is_a_400() {
    // given
    recordProject();

    // when
    Response response =
        api.put(
            PATH + "/indicators/VISITS",
            ADMIN_KEY,
            "{\"name\":\"Besök\",\"unit\":\"besök\",\"baseline\":5,\"target\":5}");

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("target");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/projects/NOPE",
        "/projects/NOPE/partners",
        "/projects/NOPE/working-groups",
        "/projects/NOPE/activities",
        "/projects/NOPE/indicators",
        "/projects/NOPE/mobilities",
        "/projects/NOPE/mobility-grant"
      })
  void what_belongs_to_a_project_that_is_not_recorded_is_404(String path) {
    // when
    Response response = api.get(path, ADMIN_KEY);

    // then
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().path("code").asText()).isEqualTo("project-not-found");
  }

  @Test
  void a_record_of_a_project_that_is_not_recorded_is_404() {
    // when
    Response response =
        api.put(
            "/projects/NOPE/activities/A1",
            ADMIN_KEY,
            "{\"name\":\"Analys\",\"responsible\":\"WESTUM\"}");

    // then
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().path("code").asText()).isEqualTo("project-not-found");
  }

  @Test
  void a_malformed_acronym_or_id_in_the_path_is_a_400_naming_it() {
    // when
    Response acronym = api.get("/projects/a%20b", ADMIN_KEY);
    Response id = api.put(PATH + "/partners/a%20b", ADMIN_KEY, "{}");

    // then
    assertThat(acronym.status()).isEqualTo(400);
    assertThat(acronym.errorFields()).containsExactly("acronym");
    assertThat(id.status()).isEqualTo(400);
    assertThat(id.errorFields()).containsExactly("id");
  }

  private void recordProject() {
    assertThat(api.put("/programmes/ERASMUS-KA1", ADMIN_KEY, ProjectBodies.PROGRAMME).status())
        .isEqualTo(200);
    assertThat(api.put(PATH, ADMIN_KEY, ProjectBodies.PROJECT).status()).isEqualTo(200);
  }
}
