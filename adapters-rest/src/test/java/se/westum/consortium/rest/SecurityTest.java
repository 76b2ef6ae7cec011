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
import static se.westum.consortium.rest.TestApi.OTHER;
import static se.westum.consortium.rest.TestApi.OWN;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.westum.consortium.rest.TestApi.Response;
import se.westum.consortium.testing.MemberBuilder;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SecurityTest {

  private static final String NOBODY = MemberBuilder.organisationNumber(3).value();

  private static TestApi api;

  @BeforeAll
  static void start_with_two_members_with_fees_and_payments() {
    api = TestApi.start();
    for (String member : new String[] {OWN, OTHER}) {
      assertThat(api.registerMunicipality(member, member.equals(OWN) ? "1496" : "1380").status())
          .isEqualTo(201);
      assertThat(
              api.put(
                      "/members/" + member + "/fees/2016",
                      ADMIN_KEY,
                      "{\"amount\":\"12500.00\",\"currency\":\"SEK\"}")
                  .status())
          .isEqualTo(200);
      assertThat(
              api.post(
                      "/members/" + member + "/payments",
                      ADMIN_KEY,
                      "{\"year\":2016,\"paidOn\":\"2016-03-01\",\"amount\":\"12500.00\","
                          + "\"currency\":\"SEK\"}")
                  .status())
          .isEqualTo(200);
    }
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void without_a_key_the_answer_is_401_with_a_bearer_challenge() {
    // when
    Response response = api.get("/members/" + OWN, null);

    // then
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .contains("Bearer realm=\"consortium\"");
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("code").asText()).isEqualTo("missing-credentials");
  }

  @Test
  void an_unknown_key_is_401_with_a_bearer_challenge() {
    // when
    Response response = api.get("/members/" + OWN, "not-a-configured-key");

    // then
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
        .startsWith("Bearer realm=\"consortium\"");
    assertThat(response.json().path("code").asText()).isEqualTo("invalid-api-key");
    assertThat(response.body()).doesNotContain("not-a-configured-key");
  }

  @Test
  void a_key_in_the_x_api_key_header_is_accepted_too() {
    // when
    Response response =
        TestApi.send(
            api.request("/members/" + OWN, null).header("X-API-Key", BOARD_KEY).GET().build());

    // then
    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void the_bearer_scheme_is_matched_without_regard_to_case() {
    // when
    Response response =
        TestApi.send(
            api.request("/members", null)
                .header("Authorization", "bearer " + ADMIN_KEY)
                .GET()
                .build());

    // then
    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void basic_authentication_is_not_an_api_key() {
    // when
    Response response =
        TestApi.send(
            api.request("/members", null)
                .header("Authorization", "Basic YWRtaW46YWRtaW4=")
                .GET()
                .build());

    // then
    assertThat(response.status()).isEqualTo(401);
  }

  @Test
  void admin_may_read_and_change() {
    // when
    Response list = api.get("/members", ADMIN_KEY);
    Response figures = api.get("/figures/membership?year=2016", ADMIN_KEY);
    Response fee =
        api.put(
            "/members/" + OTHER + "/fees/2017",
            ADMIN_KEY,
            "{\"amount\":\"13000.00\",\"currency\":\"SEK\"}");

    // then
    assertThat(list.status()).isEqualTo(200);
    assertThat(figures.status()).isEqualTo(200);
    assertThat(fee.status()).isEqualTo(200);
  }

  @Test
  void board_may_read_everything() {
    // when / then
    assertThat(api.get("/members", BOARD_KEY).status()).isEqualTo(200);
    assertThat(api.get("/members/" + OTHER, BOARD_KEY).status()).isEqualTo(200);
    assertThat(api.get("/members/" + OTHER + "/fees", BOARD_KEY).status()).isEqualTo(200);
    assertThat(api.get("/members/" + OTHER + "/payments", BOARD_KEY).status()).isEqualTo(200);
    assertThat(api.get("/figures/membership?year=2016", BOARD_KEY).status()).isEqualTo(200);
  }

  @Test
  void board_may_not_change_anything() {
    // when
    Response register = api.registerMunicipalityAs(BOARD_KEY, NOBODY, "1401");
    Response fee =
        api.put(
            "/members/" + OTHER + "/fees/2016",
            BOARD_KEY,
            "{\"amount\":\"1.00\",\"currency\":\"SEK\"}");
    Response end = api.post("/members/" + OTHER + "/end", BOARD_KEY, "{}");

    // then
    assertThat(register.status()).isEqualTo(403);
    assertThat(register.contentType()).startsWith("application/problem+json");
    assertThat(register.json().path("code").asText()).isEqualTo("forbidden");
    assertThat(fee.status()).isEqualTo(403);
    assertThat(end.status()).isEqualTo(403);
    assertThat(api.get("/members/" + OTHER, ADMIN_KEY).json().path("left").isNull()).isTrue();
  }

  @Test
  void a_member_reads_its_own_member_fees_and_payments() {
    // when
    Response member = api.get("/members/" + OWN, MEMBER_KEY);
    Response fees = api.get("/members/" + OWN + "/fees", MEMBER_KEY);
    Response payments = api.get("/members/" + OWN + "/payments", MEMBER_KEY);

    // then
    assertThat(member.status()).isEqualTo(200);
    assertThat(member.json().path("organisationNumber").asText()).isEqualTo(OWN);
    assertThat(fees.status()).isEqualTo(200);
    assertThat(fees.json().get(0).path("amount").asText()).isEqualTo("12500.00");
    assertThat(payments.status()).isEqualTo(200);
    assertThat(payments.json()).hasSize(1);
  }

  @Test
  void a_member_may_write_its_number_without_the_hyphen() {
    // when
    Response member = api.get("/members/" + OWN.replace("-", ""), MEMBER_KEY);

    // then
    assertThat(member.status()).isEqualTo(200);
  }

  @Test
  void another_members_resources_answer_404_to_a_member_exactly_like_a_missing_member() {
    // when
    Response other = api.get("/members/" + OTHER, MEMBER_KEY);
    Response otherFees = api.get("/members/" + OTHER + "/fees", MEMBER_KEY);
    Response otherPayments = api.get("/members/" + OTHER + "/payments", MEMBER_KEY);
    Response missing = api.get("/members/" + NOBODY, ADMIN_KEY);
    Response missingToMember = api.get("/members/" + NOBODY, MEMBER_KEY);

    // then
    assertThat(other.status()).isEqualTo(404);
    assertThat(otherFees.status()).isEqualTo(404);
    assertThat(otherPayments.status()).isEqualTo(404);
    assertThat(missingToMember.status()).isEqualTo(404);
    assertThat(other.json().path("code").asText())
        .isEqualTo(missing.json().path("code").asText())
        .isEqualTo("member-not-found");
    assertThat(other.json().path("title")).isEqualTo(missing.json().path("title"));
    assertThat(other.body()).doesNotContain("Kommun");
  }

  @Test
  void a_member_may_not_list_members_nor_read_figures() {
    // when
    Response list = api.get("/members", MEMBER_KEY);
    Response figures = api.get("/figures/membership?year=2016", MEMBER_KEY);

    // then
    assertThat(list.status()).isEqualTo(403);
    assertThat(figures.status()).isEqualTo(403);
    assertThat(list.json().path("code").asText()).isEqualTo("forbidden");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/members/{own}/end", "/members/{own}/payments"})
  void a_member_may_not_change_even_its_own_data(String path) {
    // when
    Response response =
        api.post(
            path.replace("{own}", OWN),
            MEMBER_KEY,
            "{\"year\":2016,\"paidOn\":\"2016-04-01\",\"amount\":\"1.00\",\"currency\":\"SEK\"}");

    // then
    assertThat(response.status()).isEqualTo(403);
    assertThat(api.get("/members/" + OWN + "/payments", ADMIN_KEY).json()).hasSize(1);
  }

  @Test
  void the_openapi_document_needs_no_key() {
    // when
    Response response = api.get("/openapi.yaml", null);

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/yaml");
    assertThat(response.body()).startsWith("openapi: 3.1.0");
  }

  @Test
  void answers_with_member_data_are_not_cached() {
    // when
    Response response = api.get("/members/" + OWN, MEMBER_KEY);

    // then
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void a_request_without_a_key_is_refused_before_its_body_is_read() {
    // when
    Response response =
        TestApi.send(
            api.request("/members", null)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("not json"))
                .build());

    // then
    assertThat(response.status()).isEqualTo(401);
  }
}
