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

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.rest.TestApi.Response;

/** Issue 3's acceptance over HTTP: a decision needs a quorate meeting. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DecisionQuorumTest {

  private static final String DECISION =
      "{\"paragraph\":1,\"subject\":\"Budget 2016\",\"outcome\":\"Fastställdes\"}";

  private TestApi api;

  @BeforeEach
  void start_with_the_2016_board_of_eight_ordinary_members_and_two_deputies() {
    api = TestApi.start();
    assertThat(api.recordBoard2016().status()).isEqualTo(200);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void a_decision_at_a_meeting_where_4_of_8_ordinary_members_attend_is_refused_with_the_reason() {
    // given
    api.recordBoardMeeting("B2016-01", "2016-02-04", "P-1", "P-2", "P-3", "P-4");

    // when
    Response response = api.post("/meetings/B2016-01/decisions", BOARD_KEY, DECISION);

    // then
    assertThat(response.status()).isEqualTo(409);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("code").asText()).isEqualTo("not-quorate");
    assertThat(response.json().path("type").asText())
        .isEqualTo("tag:westum.se,2026:consortium:problem:not-quorate");
    assertThat(response.json().path("detail").asText())
        .contains("B2016-01")
        .contains("4 of 8 ordinary members present")
        .contains("not quorate (more than half, 5, needed)");
    assertThat(response.body()).doesNotContain("Testperson");
    assertThat(api.get("/meetings/B2016-01/decisions", ADMIN_KEY).json()).isEmpty();
  }

  @Test
  void the_decision_is_accepted_when_a_deputy_replaces_a_fifth_absent_member() {
    // given the meeting refused above, its attendance recorded again with deputy D-1 present
    api.recordBoardMeeting("B2016-01", "2016-02-04", "P-1", "P-2", "P-3", "P-4");
    assertThat(api.post("/meetings/B2016-01/decisions", BOARD_KEY, DECISION).status())
        .isEqualTo(409);
    api.recordBoardMeeting("B2016-01", "2016-02-04", "P-1", "P-2", "P-3", "P-4", "D-1");

    // when
    Response response = api.post("/meetings/B2016-01/decisions", BOARD_KEY, DECISION);

    // then
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.json().path("id").asText()).isEqualTo("B2016-01§1");
    assertThat(response.json().path("paragraph").asInt()).isEqualTo(1);
    assertThat(response.json().path("subject").asText()).isEqualTo("Budget 2016");
    String location = response.headers().firstValue("Location").orElseThrow();
    assertThat(location).isEqualTo("/api/v1/meetings/B2016-01/decisions/1");
    Response read =
        TestApi.send(
            HttpRequest.newBuilder(URI.create(api.server.baseUri() + location))
                .header("Authorization", "Bearer " + BOARD_KEY)
                .GET()
                .build());
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json()).isEqualTo(response.json());
  }

  @Test
  void two_deputies_lift_three_present_members_to_a_quorum_but_not_two() {
    // given 3 ordinary members and both deputies: 5 counted, quorate
    api.recordBoardMeeting("B2016-01", "2016-02-04", "P-1", "P-2", "P-3", "D-1", "D-2");
    // and 2 ordinary members and both deputies: 4 counted, not quorate
    api.recordBoardMeeting("B2016-02", "2016-03-17", "P-1", "P-2", "D-1", "D-2");

    // when
    Response five = api.post("/meetings/B2016-01/decisions", BOARD_KEY, DECISION);
    Response four = api.post("/meetings/B2016-02/decisions", BOARD_KEY, DECISION);

    // then
    assertThat(five.status()).isEqualTo(201);
    assertThat(four.status()).isEqualTo(409);
    assertThat(four.json().path("detail").asText())
        .contains("2 of 8 ordinary members present and 2 deputies standing in");
  }

  @Test
  void recording_a_decision_under_its_paragraph_again_replaces_it_with_200() {
    // given
    api.recordBoardMeeting("B2016-01", "2016-02-04", "P-1", "P-2", "P-3", "P-4", "P-5");
    api.post("/meetings/B2016-01/decisions", ADMIN_KEY, DECISION);

    // when
    Response again =
        api.post(
            "/meetings/B2016-01/decisions",
            ADMIN_KEY,
            DECISION.replace("Fastställdes", "Bordlades"));

    // then
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.headers().firstValue("Location")).isEmpty();
    assertThat(
            api.get("/meetings/B2016-01/decisions", ADMIN_KEY).json().findValuesAsText("outcome"))
        .containsExactly("Bordlades");
  }

  @Test
  void a_decision_of_a_meeting_that_is_not_recorded_is_404() {
    // when
    Response response = api.post("/meetings/B2016-99/decisions", BOARD_KEY, DECISION);

    // then
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().path("code").asText()).isEqualTo("meeting-not-found");
  }

  @Test
  void a_board_meeting_that_no_term_covers_cannot_take_decisions() {
    // given
    api.recordBoardMeeting("B2017-01", "2017-02-02", "P-1", "P-2", "P-3", "P-4", "P-5");

    // when
    Response response = api.post("/meetings/B2017-01/decisions", BOARD_KEY, DECISION);

    // then
    assertThat(response.status()).isEqualTo(409);
    assertThat(response.json().path("code").asText()).isEqualTo("no-board-term");
    assertThat(response.json().path("detail").asText()).contains("no board term covers 2017-02-02");
  }

  @Test
  void an_annual_meeting_is_not_judged_by_the_boards_quorum() {
    // given
    api.put(
        "/meetings/AM2016",
        ADMIN_KEY,
        "{\"kind\":\"ANNUAL_MEETING\",\"start\":\"2016-04-20\",\"place\":\"Skövde\",\"present\":[]}");

    // when
    Response response = api.post("/meetings/AM2016/decisions", BOARD_KEY, DECISION);

    // then
    assertThat(response.status()).isEqualTo(201);
  }

  @Test
  void every_failing_field_of_a_decision_is_listed_before_the_quorum_is_judged() {
    // given a meeting that is not quorate
    api.recordBoardMeeting("B2016-01", "2016-02-04", "P-1");

    // when
    Response response =
        api.post("/meetings/B2016-01/decisions", BOARD_KEY, "{\"paragraph\":0,\"subject\":\" \"}");

    // then
    assertThat(response.status()).isEqualTo(400);
    // the command lists every field of a wrong shape; limits are the record's rules, checked next
    assertThat(response.errorFields()).containsExactly("outcome");
  }
}
