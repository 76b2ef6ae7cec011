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

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.rest.TestApi.Response;
import se.westum.consortium.testing.MemberBuilder;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MembershipApiTest {

  private static final String SKOVDE = MemberBuilder.organisationNumber(11).value();
  private static final String FEDERATION = MemberBuilder.organisationNumber(12).value();
  private static final String MARIESTAD = MemberBuilder.organisationNumber(13).value();

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
  void registering_a_member_answers_201_with_its_location_and_the_stored_member() {
    // when
    Response response =
        api.post(
            "/members",
            ADMIN_KEY,
            """
            {"organisationNumber":"%s","name":"Sjuhärads kommunalförbund","kind":"FEDERATION",
             "coveredMunicipalities":["1490","1441"],"joined":"2012-01-01"}
            """
                .formatted(FEDERATION.replace("-", "")));

    // then
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(response.headers().firstValue("Location")).contains("/api/v1/members/" + FEDERATION);
    JsonNode member = response.json();
    assertThat(member.path("organisationNumber").asText()).isEqualTo(FEDERATION);
    assertThat(member.path("name").asText()).isEqualTo("Sjuhärads kommunalförbund");
    assertThat(member.path("kind").asText()).isEqualTo("FEDERATION");
    assertThat(member.path("coveredMunicipalities").toString()).isEqualTo("[\"1441\",\"1490\"]");
    assertThat(member.path("joined").asText()).isEqualTo("2012-01-01");
    assertThat(member.has("left")).isTrue();
    assertThat(member.path("left").isNull()).isTrue();
    assertThat(member.path("version").asLong()).isEqualTo(1);
  }

  @Test
  void a_registered_member_can_be_read_back() {
    // given
    api.registerMunicipality(SKOVDE, "1496");

    // when
    Response response = api.get("/members/" + SKOVDE, BOARD_KEY);

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("coveredMunicipalities").get(0).asText()).isEqualTo("1496");
  }

  @Test
  void registering_the_same_member_twice_is_a_409_conflict() {
    // given
    api.registerMunicipality(SKOVDE, "1496");

    // when
    Response response = api.registerMunicipality(SKOVDE, "1496");

    // then
    assertThat(response.status()).isEqualTo(409);
    assertThat(response.json().path("code").asText()).isEqualTo("duplicate-member");
  }

  @Test
  void a_member_is_changed_with_the_version_it_was_read_at() {
    // given
    api.registerMunicipality(SKOVDE, "1496");

    // when
    Response response =
        api.put(
            "/members/" + SKOVDE,
            ADMIN_KEY,
            """
            {"name":"Skövde kommun","kind":"MUNICIPALITY","coveredMunicipalities":["1496"],
             "joined":"2009-01-01","left":null,"expectedVersion":1}
            """);

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("name").asText()).isEqualTo("Skövde kommun");
    assertThat(response.json().path("joined").asText()).isEqualTo("2009-01-01");
    assertThat(response.json().path("version").asLong()).isEqualTo(2);
  }

  @Test
  void a_change_based_on_a_stale_version_is_a_409_conflict_naming_the_member() {
    // given
    api.registerMunicipality(SKOVDE, "1496");
    String change =
        """
        {"name":"Skövde kommun","kind":"MUNICIPALITY","coveredMunicipalities":["1496"],
         "joined":"2010-01-01","expectedVersion":1}
        """;
    assertThat(api.put("/members/" + SKOVDE, ADMIN_KEY, change).status()).isEqualTo(200);

    // when
    Response stale = api.put("/members/" + SKOVDE, ADMIN_KEY, change);

    // then
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(stale.json().path("code").asText()).isEqualTo("version-conflict");
    assertThat(stale.json().path("detail").asText()).contains(SKOVDE);
    assertThat(api.get("/members/" + SKOVDE, ADMIN_KEY).json().path("version").asLong())
        .isEqualTo(2);
  }

  @Test
  void changing_a_member_that_does_not_exist_is_404() {
    // when
    Response response =
        api.put(
            "/members/" + SKOVDE,
            ADMIN_KEY,
            """
            {"name":"Skövde kommun","kind":"MUNICIPALITY","coveredMunicipalities":["1496"],
             "joined":"2010-01-01","expectedVersion":1}
            """);

    // then
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().path("code").asText()).isEqualTo("member-not-found");
  }

  @Test
  void a_membership_ends_on_the_day_given() {
    // given
    api.registerMunicipality(SKOVDE, "1496");

    // when
    Response response =
        api.post("/members/" + SKOVDE + "/end", ADMIN_KEY, "{\"left\":\"2016-12-31\"}");

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("left").asText()).isEqualTo("2016-12-31");
    assertThat(response.json().path("version").asLong()).isEqualTo(2);
  }

  @Test
  void a_membership_ended_without_a_body_ends_today_by_the_cores_clock() {
    // given
    api.registerMunicipality(SKOVDE, "1496");

    // when
    Response response =
        TestApi.send(
            api.request("/members/" + SKOVDE + "/end", ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("left").asText()).isEqualTo("2016-06-30");
  }

  @Test
  void members_are_listed_page_by_page_in_organisation_number_order() {
    // given
    api.registerMunicipality(MARIESTAD, "1493");
    api.registerMunicipality(SKOVDE, "1496");
    api.post(
        "/members",
        ADMIN_KEY,
        """
        {"organisationNumber":"%s","name":"Förbundet","kind":"FEDERATION",
         "coveredMunicipalities":["1490","1441"],"joined":"2012-01-01"}
        """
            .formatted(FEDERATION));

    // when
    Response first = api.get("/members?page=0&size=2", BOARD_KEY);
    Response second = api.get("/members?page=1&size=2", BOARD_KEY);
    Response beyond = api.get("/members?page=5&size=2", BOARD_KEY);

    // then
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().path("items").findValuesAsText("organisationNumber"))
        .containsExactly(SKOVDE, FEDERATION);
    assertThat(first.json().path("total").asLong()).isEqualTo(3);
    assertThat(first.json().path("page").asInt()).isZero();
    assertThat(first.json().path("size").asInt()).isEqualTo(2);
    assertThat(second.json().path("items").findValuesAsText("organisationNumber"))
        .containsExactly(MARIESTAD);
    assertThat(second.json().path("page").asInt()).isEqualTo(1);
    assertThat(beyond.json().path("items")).isEmpty();
    assertThat(beyond.json().path("total").asLong()).isEqualTo(3);
  }

  @Test
  void a_list_without_paging_parameters_is_the_first_page_of_twenty() {
    // given
    api.registerMunicipality(SKOVDE, "1496");

    // when
    Response response = api.get("/members", BOARD_KEY);

    // then
    assertThat(response.json().path("page").asInt()).isZero();
    assertThat(response.json().path("size").asInt()).isEqualTo(20);
    assertThat(response.json().path("items")).hasSize(1);
  }

  @Test
  void bad_paging_parameters_are_all_reported() {
    // when
    Response words = api.get("/members?page=first&size=many", BOARD_KEY);
    Response ranges = api.get("/members?page=-1&size=501", BOARD_KEY);

    // then
    assertThat(words.status()).isEqualTo(400);
    assertThat(words.errorFields()).containsExactly("page", "size");
    assertThat(ranges.status()).isEqualTo(400);
    assertThat(ranges.errorFields()).containsExactly("page", "size");
  }

  @Test
  void fees_are_set_and_listed_with_money_as_an_exact_amount_and_a_currency() {
    // given
    api.registerMunicipality(SKOVDE, "1496");

    // when
    Response set2016 =
        api.put(
            "/members/" + SKOVDE + "/fees/2016",
            ADMIN_KEY,
            "{\"amount\":\"12500\",\"currency\":\"SEK\"}");
    Response set2015 =
        api.put(
            "/members/" + SKOVDE + "/fees/2015",
            ADMIN_KEY,
            "{\"amount\":12000.5,\"currency\":\"SEK\"}");
    Response replaced =
        api.put(
            "/members/" + SKOVDE + "/fees/2016",
            ADMIN_KEY,
            "{\"amount\":\"13000.00\",\"currency\":\"SEK\"}");
    Response fees = api.get("/members/" + SKOVDE + "/fees", BOARD_KEY);

    // then
    assertThat(set2016.status()).isEqualTo(200);
    assertThat(set2016.json().path("amount").asText()).isEqualTo("12500.00");
    assertThat(set2016.json().path("amount").isTextual()).isTrue();
    assertThat(set2015.json().path("amount").asText()).isEqualTo("12000.50");
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(fees.json().findValuesAsText("year")).containsExactly("2015", "2016");
    assertThat(fees.json().findValuesAsText("amount")).containsExactly("12000.50", "13000.00");
    assertThat(fees.json().findValuesAsText("currency")).containsExactly("SEK", "SEK");
    assertThat(fees.json().findValuesAsText("organisationNumber")).containsOnly(SKOVDE);
  }

  @Test
  void a_fee_year_that_is_not_a_number_is_a_400_naming_the_year() {
    // given
    api.registerMunicipality(SKOVDE, "1496");

    // when
    Response response =
        api.put(
            "/members/" + SKOVDE + "/fees/twenty",
            ADMIN_KEY,
            "{\"amount\":\"1.00\",\"currency\":\"SEK\"}");

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("year");
  }

  @Test
  void payments_are_recorded_once_however_often_they_are_sent_and_listed() {
    // given
    api.registerMunicipality(SKOVDE, "1496");
    String payment =
        "{\"year\":2016,\"paidOn\":\"2016-03-01\",\"amount\":\"6250.00\",\"currency\":\"SEK\"}";

    // when
    Response first = api.post("/members/" + SKOVDE + "/payments", ADMIN_KEY, payment);
    Response again = api.post("/members/" + SKOVDE + "/payments", ADMIN_KEY, payment);
    api.post(
        "/members/" + SKOVDE + "/payments",
        ADMIN_KEY,
        "{\"year\":2016,\"paidOn\":\"2016-09-01\",\"amount\":\"6250.00\",\"currency\":\"SEK\"}");
    Response payments = api.get("/members/" + SKOVDE + "/payments", BOARD_KEY);

    // then
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().path("paidOn").asText()).isEqualTo("2016-03-01");
    assertThat(again.status()).isEqualTo(200);
    assertThat(payments.json().findValuesAsText("paidOn"))
        .containsExactly("2016-03-01", "2016-09-01");
    assertThat(payments.json().findValuesAsText("amount")).containsOnly("6250.00");
  }

  @Test
  void fees_and_payments_of_a_member_that_does_not_exist_are_404_and_a_fee_for_one_is_refused() {
    // when
    Response fee =
        api.put(
            "/members/" + SKOVDE + "/fees/2016",
            ADMIN_KEY,
            "{\"amount\":\"1.00\",\"currency\":\"SEK\"}");

    // then: listing asks for a resource; a fee names a member, the same rule as in an import
    assertThat(api.get("/members/" + SKOVDE + "/fees", BOARD_KEY).status()).isEqualTo(404);
    assertThat(api.get("/members/" + SKOVDE + "/payments", BOARD_KEY).status()).isEqualTo(404);
    assertThat(fee.status()).isBetween(400, 499).isNotEqualTo(404);
    assertThat(fee.json().path("code").asText()).isEqualTo("missing-reference");
  }

  @Test
  void the_membership_figures_count_paying_members_and_the_coverage_of_chosen_counties() {
    // given a paying municipality, a paying federation of two Halland municipalities and an
    // unpaid member
    api.registerMunicipality(SKOVDE, "1496");
    api.post(
        "/members",
        ADMIN_KEY,
        """
        {"organisationNumber":"%s","name":"Hallandsförbundet","kind":"FEDERATION",
         "coveredMunicipalities":["1380","1382"],"joined":"2012-01-01"}
        """
            .formatted(FEDERATION));
    api.registerMunicipality(MARIESTAD, "1493");
    for (String member : new String[] {SKOVDE, FEDERATION, MARIESTAD}) {
      api.put(
          "/members/" + member + "/fees/2016",
          ADMIN_KEY,
          "{\"amount\":\"10000.00\",\"currency\":\"SEK\"}");
    }
    for (String member : new String[] {SKOVDE, FEDERATION}) {
      api.post(
          "/members/" + member + "/payments",
          ADMIN_KEY,
          "{\"year\":2016,\"paidOn\":\"2016-02-01\",\"amount\":\"10000.00\",\"currency\":\"SEK\"}");
    }
    api.post(
        "/members/" + MARIESTAD + "/payments",
        ADMIN_KEY,
        "{\"year\":2016,\"paidOn\":\"2016-02-01\",\"amount\":\"5000.00\",\"currency\":\"SEK\"}");

    // when
    Response response = api.get("/figures/membership?year=2016&county=13&county=14", BOARD_KEY);

    // then
    assertThat(response.status()).isEqualTo(200);
    JsonNode figures = response.json();
    assertThat(figures.path("year").asInt()).isEqualTo(2016);
    assertThat(figures.path("payingMembers").asInt()).isEqualTo(2);
    assertThat(figures.path("municipalitiesCovered").asInt()).isEqualTo(3);
    JsonNode coverage = figures.path("coverage");
    assertThat(coverage.path("counties").findValuesAsText("code")).containsExactly("13", "14");
    assertThat(coverage.path("covered").asInt()).isEqualTo(3);
    assertThat(coverage.path("total").asInt()).isEqualTo(55);
    assertThat(coverage.path("percent").asText()).isEqualTo("5.5");
    assertThat(figures.path("unpaid").findValuesAsText("organisationNumber"))
        .containsExactly(MARIESTAD);
  }

  @Test
  void the_figures_without_counties_have_no_coverage() {
    // when
    Response response = api.get("/figures/membership?year=2016", BOARD_KEY);

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("payingMembers").asInt()).isZero();
    assertThat(response.json().path("coverage").isNull()).isTrue();
  }

  @Test
  void the_figures_need_a_year_and_known_counties() {
    // when
    Response noYear = api.get("/figures/membership", BOARD_KEY);
    Response badYear = api.get("/figures/membership?year=soon", BOARD_KEY);
    Response unknownCounty = api.get("/figures/membership?year=2016&county=99", BOARD_KEY);
    Response badCounty = api.get("/figures/membership?year=1900&county=X", BOARD_KEY);

    // then
    assertThat(noYear.status()).isEqualTo(400);
    assertThat(noYear.errorFields()).containsExactly("year");
    assertThat(badYear.errorFields()).containsExactly("year");
    assertThat(unknownCounty.status()).isEqualTo(400);
    assertThat(unknownCounty.errorFields()).containsExactly("counties");
    assertThat(badCounty.status()).isEqualTo(400);
    assertThat(badCounty.errorFields()).hasSize(2).contains("year");
  }
}
