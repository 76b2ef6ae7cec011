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

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.rest.TestApi.Response;
import se.westum.consortium.testing.MemberBuilder;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ErrorResponsesTest {

  private static final String SKOVDE = MemberBuilder.organisationNumber(21).value();
  private static final long LIMIT = 2048;

  private static TestApi api;

  @BeforeAll
  static void start() {
    api = TestApi.start(new se.westum.consortium.testing.InMemoryStorage(), LIMIT);
    assertThat(api.registerMunicipality(SKOVDE, "1496").status()).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void a_problem_has_every_rfc_9457_member_and_a_code() {
    // when
    Response response = api.get("/members/" + MemberBuilder.organisationNumber(29), ADMIN_KEY);

    // then
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.path("type").asText())
        .isEqualTo("tag:westum.se,2026:consortium:problem:member-not-found");
    assertThat(problem.path("title").asText()).isEqualTo("Not found");
    assertThat(problem.path("status").asInt()).isEqualTo(404);
    assertThat(problem.path("detail").asText())
        .contains(MemberBuilder.organisationNumber(29).value());
    assertThat(problem.path("instance").asText())
        .isEqualTo("/api/v1/members/" + MemberBuilder.organisationNumber(29).value());
    assertThat(problem.path("code").asText()).isEqualTo("member-not-found");
  }

  @Test
  void validation_lists_every_failing_field() {
    // when
    Response response =
        api.post(
            "/members",
            ADMIN_KEY,
            """
            {"organisationNumber":"212000-1513","kind":"MUNICIPALITY",
             "coveredMunicipalities":["1496","14x"]}
            """);

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("code").asText()).isEqualTo("validation-failed");
    assertThat(response.errorFields())
        .containsExactlyInAnyOrder(
            "coveredMunicipalities[1]", "joined", "name", "organisationNumber");
    assertThat(response.json().path("errors").findValuesAsText("code"))
        .doesNotContainNull()
        .hasSize(4);
    assertThat(response.json().path("errors").findValuesAsText("message")).hasSize(4);
  }

  @Test
  void unknown_properties_are_rejected_naming_each_of_them() {
    // when
    Response response =
        api.post(
            "/members",
            ADMIN_KEY,
            """
            {"organisationNumber":"%s","name":"X","kind":"MUNICIPALITY",
             "coveredMunicipalities":["1401"],"joined":"2010-01-01",
             "isAdmin":true,"notes":{"a":[1,2]}}
            """
                .formatted(MemberBuilder.organisationNumber(22)));

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("isAdmin", "notes");
    assertThat(response.json().path("errors").findValuesAsText("code"))
        .containsOnly("unknown-property");
    assertThat(api.get("/members/" + MemberBuilder.organisationNumber(22), ADMIN_KEY).status())
        .isEqualTo(404);
  }

  @Test
  void the_organisation_number_cannot_be_changed_through_the_body() {
    // when
    Response response =
        api.put(
            "/members/" + SKOVDE,
            ADMIN_KEY,
            """
            {"organisationNumber":"212000-1512","name":"X","kind":"MUNICIPALITY",
             "coveredMunicipalities":["1496"],"joined":"2010-01-01","expectedVersion":1}
            """);

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("organisationNumber");
  }

  @Test
  void values_of_the_wrong_type_are_all_named_without_class_names() {
    // when
    Response response =
        api.post(
            "/members",
            ADMIN_KEY,
            """
            {"organisationNumber":"%s","name":{"first":"x"},"kind":"CITY",
             "coveredMunicipalities":"1496","joined":"2010-02-30","left":"soon"}
            """
                .formatted(MemberBuilder.organisationNumber(23)));

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields())
        .containsExactly("name", "kind", "coveredMunicipalities", "joined", "left");
    assertThat(response.json().path("errors").findValuesAsText("code"))
        .containsOnly("invalid-value");
    assertThat(response.body())
        .contains("MUNICIPALITY, FEDERATION, OTHER")
        .contains("yyyy-MM-dd")
        .doesNotContain("java.")
        .doesNotContain("LocalDate")
        .doesNotContain("`");
    assertThat(api.get("/members/" + MemberBuilder.organisationNumber(23), ADMIN_KEY).status())
        .isEqualTo(404);
  }

  @Test
  void a_wrong_value_inside_a_list_is_named_by_its_index() {
    // when
    Response response =
        api.post(
            "/members",
            ADMIN_KEY,
            """
            {"organisationNumber":"%s","name":"X","kind":"FEDERATION",
             "coveredMunicipalities":["1496",{"code":"1401"}],"joined":"2010-01-01"}
            """
                .formatted(MemberBuilder.organisationNumber(24)));

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("coveredMunicipalities[1]");
  }

  @Test
  void a_money_amount_that_is_not_a_number_is_named() {
    // when
    Response response =
        api.put(
            "/members/" + SKOVDE + "/fees/2016",
            ADMIN_KEY,
            "{\"amount\":\"12 500 kr\",\"currency\":\"SEK\"}");

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("amount");
  }

  @Test
  void an_amount_with_more_than_two_decimals_breaks_a_rule() {
    // when
    Response response =
        api.put(
            "/members/" + SKOVDE + "/fees/2016",
            ADMIN_KEY,
            "{\"amount\":\"100.001\",\"currency\":\"SEK\"}");

    // then: the rule of Money, the same as in an import
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("amount");
    assertThat(response.json().path("errors").findValuesAsText("code"))
        .containsExactly("too-many-decimals");
  }

  @Test
  void malformed_json_is_400_naming_the_line_and_column() {
    // when
    Response response =
        api.post("/members", ADMIN_KEY, "{\n  \"name\": \"X\",\n  \"kind\" \"MUNICIPALITY\"\n}");

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("code").asText()).isEqualTo("malformed-json");
    assertThat(response.json().path("detail").asText()).contains("line 3, column");
  }

  @Test
  void content_after_the_json_value_is_malformed() {
    // when
    Response response =
        api.post("/members/" + SKOVDE + "/end", ADMIN_KEY, "{\"left\":\"2016-12-31\"} {}");

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(api.get("/members/" + SKOVDE, ADMIN_KEY).json().path("left").isNull()).isTrue();
  }

  @Test
  void a_body_that_is_not_an_object_is_400() {
    // when
    Response array = api.post("/members", ADMIN_KEY, "[]");
    Response nothing = api.post("/members", ADMIN_KEY, "null");
    Response empty = api.post("/members", ADMIN_KEY, "");

    // then
    assertThat(array.status()).isEqualTo(400);
    assertThat(array.errorFields()).containsExactly("body");
    assertThat(nothing.status()).isEqualTo(400);
    assertThat(nothing.errorFields()).containsExactly("body");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().path("code").asText()).isEqualTo("missing-body");
  }

  @Test
  void a_body_that_is_not_json_is_415() {
    // when
    Response text =
        TestApi.send(
            api.request("/members", ADMIN_KEY)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    Response latin1 =
        TestApi.send(
            api.request("/members", ADMIN_KEY)
                .header("Content-Type", "application/json; charset=ISO-8859-1")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    Response none =
        TestApi.send(
            api.request("/members/" + SKOVDE + "/end", ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"left\":\"2016-12-31\"}"))
                .build());

    // then
    assertThat(text.status()).isEqualTo(415);
    assertThat(text.contentType()).startsWith("application/problem+json");
    assertThat(text.json().path("code").asText()).isEqualTo("unsupported-media-type");
    assertThat(latin1.status()).isEqualTo(415);
    assertThat(none.status()).isEqualTo(415);
  }

  @Test
  void a_json_type_with_a_utf8_charset_or_a_json_suffix_is_accepted() {
    // when
    Response charset =
        TestApi.send(
            api.request("/members/" + SKOVDE + "/payments", ADMIN_KEY)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"year\":2015,\"paidOn\":\"2015-03-01\",\"amount\":\"1.00\","
                            + "\"currency\":\"SEK\"}"))
                .build());
    Response suffix =
        TestApi.send(
            api.request("/members/" + SKOVDE + "/payments", ADMIN_KEY)
                .header("Content-Type", "application/merge-patch+json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"year\":2015,\"paidOn\":\"2015-03-02\",\"amount\":\"1.00\","
                            + "\"currency\":\"SEK\"}"))
                .build());

    // then
    assertThat(charset.status()).isEqualTo(200);
    assertThat(suffix.status()).isEqualTo(200);
  }

  @Test
  void a_body_over_the_limit_is_413() {
    // given a body of a declared length just over the limit
    String body = "{\"left\":\"2016-12-31\"" + " ".repeat((int) LIMIT) + "}";

    // when
    Response response = api.post("/members/" + SKOVDE + "/end", ADMIN_KEY, body);

    // then
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("code").asText()).isEqualTo("request-too-large");
    assertThat(api.get("/members/" + SKOVDE, ADMIN_KEY).json().path("left").isNull()).isTrue();
  }

  @Test
  void a_streamed_body_of_unknown_length_over_the_limit_is_413() {
    // given a chunked body: no Content-Length to check up front
    byte[] body =
        ("{\"left\":\"2016-12-31\"" + " ".repeat((int) LIMIT) + "}")
            .getBytes(StandardCharsets.UTF_8);

    // when
    Response response =
        TestApi.send(
            api.request("/members/" + SKOVDE + "/end", ADMIN_KEY)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());

    // then
    assertThat(response.status()).isEqualTo(413);
    assertThat(api.get("/members/" + SKOVDE, ADMIN_KEY).json().path("left").isNull()).isTrue();
  }

  @Test
  void a_body_just_at_the_limit_is_read() {
    // given
    String start =
        "{\"year\":2014,\"paidOn\":\"2014-03-01\",\"amount\":\"1.00\",\"currency\":\"SEK\"";
    String body = start + " ".repeat((int) LIMIT - start.length() - 1) + "}";

    // when
    Response response =
        TestApi.send(
            api.request("/members/" + SKOVDE + "/payments", ADMIN_KEY)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build());

    // then
    assertThat(body).hasSize((int) LIMIT);
    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void an_unknown_path_of_a_standalone_server_is_a_404_problem() {
    // when
    Response response = TestApi.send(api.request("/nothing-here", ADMIN_KEY).GET().build());
    Response outside =
        TestApi.send(
            HttpRequest.newBuilder(URI.create(api.server.baseUri() + "/elsewhere")).GET().build());

    // then
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("code").asText()).isEqualTo("not-found");
    assertThat(outside.status()).isEqualTo(404);
    assertThat(outside.json().path("code").asText()).isEqualTo("not-found");
  }

  @Test
  void a_malformed_organisation_number_in_the_path_is_400() {
    // when
    Response response = api.get("/members/12345", ADMIN_KEY);

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("organisationNumber");
  }
}
