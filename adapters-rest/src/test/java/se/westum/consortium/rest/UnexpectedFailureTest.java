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

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.rest.TestApi.Response;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UnexpectedFailureTest {

  private static TestApi api;

  @BeforeAll
  static void start_over_storage_that_fails_with_sql_and_a_name_in_its_messages() {
    api = TestApi.start(new MountingTest.FailingStorage(), RestApi.DEFAULT_MAX_REQUEST_BYTES);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void an_unexpected_failure_is_a_500_problem_that_leaks_nothing() {
    // when
    Response response = api.get("/members/" + TestApi.OWN, ADMIN_KEY);

    // then
    assertThat(response.status()).isEqualTo(500);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("code").asText()).isEqualTo("internal-error");
    assertThat(response.json().path("incident").asText()).hasSize(36);
    assertThat(response.json().path("detail").asText())
        .contains(response.json().path("incident").asText());
    assertThat(response.body())
        .doesNotContain("SELECT")
        .doesNotContain("consortium_member")
        .doesNotContain("Anna")
        .doesNotContain("Exception")
        .doesNotContain("java.")
        .doesNotContain("org.h2")
        .doesNotContain("se.westum.consortium.")
        .doesNotContain("\tat ");
  }

  @Test
  void every_operation_that_reaches_the_storage_fails_the_same_way() {
    // when
    List<Response> responses = new ArrayList<>();
    responses.add(api.get("/members", ADMIN_KEY));
    responses.add(api.get("/figures/membership?year=2016", ADMIN_KEY));
    responses.add(api.registerMunicipality(TestApi.OWN, "1496"));
    responses.add(api.get("/board-terms", ADMIN_KEY));
    responses.add(api.get("/meetings?year=2016", TestApi.MEMBER_KEY));
    responses.add(api.get("/staff", ADMIN_KEY));
    responses.add(api.get("/figures/governance?year=2016", ADMIN_KEY));
    responses.add(api.get("/projects", TestApi.MEMBER_KEY));
    responses.add(api.get("/programmes", ADMIN_KEY));
    responses.add(api.get("/mobilities/M-1", TestApi.MEMBER_KEY));
    responses.add(api.get("/projects/EPLUS/budget?at=2016-12-31", ADMIN_KEY));
    responses.add(api.recordBoardMeeting("B2016-01", "2016-02-04", "P-1"));
    responses.add(
        api.post(
            "/meetings/B2016-01/decisions",
            TestApi.BOARD_KEY,
            "{\"paragraph\":1,\"subject\":\"X\",\"outcome\":\"Y\"}"));

    // then
    assertThat(responses)
        .allSatisfy(
            response -> {
              assertThat(response.status()).isEqualTo(500);
              assertThat(response.json().path("code").asText()).isEqualTo("internal-error");
              assertThat(response.body()).doesNotContain("SELECT").doesNotContain("Anna");
            });
  }

  @Test
  void the_logged_copy_of_a_failure_keeps_types_and_frames_but_no_messages() {
    // given
    IllegalStateException failure =
        new IllegalStateException(
            "SELECT * FROM member WHERE name = 'Anna Andersson'",
            new java.sql.SQLException("duplicate key 'Anna Andersson'"));

    // when
    Throwable logged = Problems.redacted(failure, 0);

    // then
    assertThat(logged.getMessage())
        .contains("IllegalStateException")
        .doesNotContain("SELECT")
        .doesNotContain("Anna");
    assertThat(logged.getStackTrace()).isEqualTo(failure.getStackTrace());
    assertThat(logged.getCause().getMessage()).contains("SQLException").doesNotContain("Anna");
    assertThat(logged.getCause().getCause()).isNull();
  }
}
