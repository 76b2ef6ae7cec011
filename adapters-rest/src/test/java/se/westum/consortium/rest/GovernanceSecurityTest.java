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

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.westum.consortium.rest.TestApi.Response;

/** Who may read and record governance records (issue 3). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GovernanceSecurityTest {

  private static final String MEETING =
      """
      {"kind":"BOARD_MEETING","start":"2016-02-04","place":"Skövde",
       "present":["P-1","P-2","P-3","P-4","P-5"]}
      """;
  private static final String GOAL =
      "{\"fiscalYear\":2016,\"number\":\"I\",\"title\":\"Kompetensförsörjning\"}";
  private static final String EVENT =
      """
      {"kind":"CONFERENCE","name":"Årskonferens","start":"2016-04-20","place":"Skövde",
       "country":"SE","organiser":"Westum","participants":35}
      """;
  private static final String STAFF =
      """
      {"name":"Testperson Koordinator","role":"projektkoordinator","started":"2016-09-01"}
      """;

  private static TestApi api;

  @BeforeAll
  static void start_with_one_record_of_each_kind() {
    api = TestApi.start();
    assertThat(api.recordBoard2016().status()).isEqualTo(200);
    assertThat(api.put("/meetings/B2016-01", ADMIN_KEY, MEETING).status()).isEqualTo(200);
    assertThat(
            api.post(
                    "/meetings/B2016-01/decisions",
                    ADMIN_KEY,
                    "{\"paragraph\":1,\"subject\":\"Budget\",\"outcome\":\"Fastställdes\"}")
                .status())
        .isEqualTo(201);
    assertThat(api.put("/goals/2016-I", ADMIN_KEY, GOAL).status()).isEqualTo(200);
    assertThat(api.put("/events/2016-conference", ADMIN_KEY, EVENT).status()).isEqualTo(200);
    assertThat(api.put("/staff/S-01", ADMIN_KEY, STAFF).status()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/board-terms",
        "/board-terms/2016",
        "/meetings?year=2016",
        "/meetings/B2016-01",
        "/meetings/B2016-01/decisions",
        "/meetings/B2016-01/decisions/1",
        "/goals?year=2016",
        "/events?year=2016",
        "/events/2016-conference"
      })
  void a_member_reads_what_the_annual_report_publishes(String path) {
    // when
    Response response = api.get(path, MEMBER_KEY);

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(response.body()).doesNotContain("Testperson Koordinator");
  }

  @Test
  void a_member_sees_the_boards_names_as_the_annual_report_prints_them() {
    // when
    Response response = api.get("/board-terms/2016", MEMBER_KEY);

    // then
    assertThat(response.json().path("seats").get(0).path("name").asText())
        .isEqualTo("Testperson Ledamot1");
  }

  @Test
  void a_member_may_not_read_staff_data_nor_the_governance_figures_that_contain_it() {
    // when
    Response staff = api.get("/staff", MEMBER_KEY);
    Response figures = api.get("/figures/governance?year=2016", MEMBER_KEY);

    // then
    assertThat(staff.status()).isEqualTo(403);
    assertThat(staff.contentType()).startsWith("application/problem+json");
    assertThat(staff.json().path("code").asText()).isEqualTo("forbidden");
    assertThat(figures.status()).isEqualTo(403);
    assertThat(staff.body() + figures.body()).doesNotContain("Testperson");
  }

  @Test
  void a_member_may_record_nothing() {
    // when
    Map<String, Response> responses = new LinkedHashMap<>();
    responses.put("term", api.put("/board-terms/2016", MEMBER_KEY, TestApi.board2016()));
    responses.put("meeting", api.put("/meetings/B2016-01", MEMBER_KEY, MEETING));
    responses.put(
        "decision",
        api.post(
            "/meetings/B2016-01/decisions",
            MEMBER_KEY,
            "{\"paragraph\":2,\"subject\":\"X\",\"outcome\":\"Y\"}"));
    responses.put("goal", api.put("/goals/2016-I", MEMBER_KEY, GOAL));
    responses.put("event", api.put("/events/2016-conference", MEMBER_KEY, EVENT));
    responses.put("staff", api.put("/staff/S-02", MEMBER_KEY, STAFF));

    // then
    assertThat(responses)
        .allSatisfy((what, response) -> assertThat(response.status()).as(what).isEqualTo(403));
    assertThat(api.get("/meetings/B2016-01/decisions/2", ADMIN_KEY).status()).isEqualTo(404);
    assertThat(api.get("/staff", ADMIN_KEY).json()).hasSize(1);
  }

  @Test
  void the_board_records_a_decision() {
    // when
    Response response =
        api.post(
            "/meetings/B2016-01/decisions",
            BOARD_KEY,
            "{\"paragraph\":9,\"subject\":\"Studieresa\",\"outcome\":\"Beviljades\"}");

    // then
    assertThat(response.status()).isEqualTo(201);
    assertThat(api.get("/meetings/B2016-01/decisions/9", ADMIN_KEY).status()).isEqualTo(200);
  }

  @Test
  void the_board_may_not_record_meetings_nor_any_other_record() {
    // when
    Map<String, Response> responses = new LinkedHashMap<>();
    responses.put(
        "meeting",
        api.put("/meetings/B2016-01", BOARD_KEY, MEETING.replace(",\"P-5\"", ",\"P-5\",\"P-6\"")));
    responses.put("term", api.put("/board-terms/2016", BOARD_KEY, TestApi.board2016()));
    responses.put("goal", api.put("/goals/2016-II", BOARD_KEY, GOAL.replace("\"I\"", "\"II\"")));
    responses.put("event", api.put("/events/2016-other", BOARD_KEY, EVENT));
    responses.put("staff", api.put("/staff/S-02", BOARD_KEY, STAFF));

    // then
    assertThat(responses)
        .allSatisfy(
            (what, response) -> {
              assertThat(response.status()).as(what).isEqualTo(403);
              assertThat(response.json().path("code").asText()).isEqualTo("forbidden");
            });
    assertThat(api.get("/meetings/B2016-01", ADMIN_KEY).json().path("present")).hasSize(5);
    assertThat(api.get("/goals?year=2016", ADMIN_KEY).json()).hasSize(1);
  }

  @Test
  void the_board_reads_staff_and_the_governance_figures_with_names() {
    // when
    Response staff = api.get("/staff", BOARD_KEY);
    Response figures = api.get("/figures/governance?year=2016", BOARD_KEY);

    // then
    assertThat(staff.status()).isEqualTo(200);
    assertThat(staff.json().get(0).path("name").asText()).isEqualTo("Testperson Koordinator");
    assertThat(figures.status()).isEqualTo(200);
    assertThat(figures.json().path("staffStarted").get(0).path("name").asText())
        .isEqualTo("Testperson Koordinator");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/board-terms", "/events?year=2016", "/staff"})
  void governance_reads_need_a_key(String path) {
    // when
    Response response = api.get(path, null);

    // then
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .contains("Bearer realm=\"consortium\"");
  }

  @Test
  void answers_naming_people_are_not_cached() {
    // when
    Response response = api.get("/board-terms", MEMBER_KEY);

    // then
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
  }
}
