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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.westum.consortium.rest.TestApi.Response;
import se.westum.consortium.testing.InMemoryStorage;
import se.westum.consortium.testing.MemberBuilder;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostileClientTest {

  private static final String SKOVDE = MemberBuilder.organisationNumber(21).value();

  private static TestApi api;

  @BeforeAll
  static void start() {
    api = TestApi.start(new InMemoryStorage(), RestApi.DEFAULT_MAX_REQUEST_BYTES);
    assertThat(api.registerMunicipality(SKOVDE, "1496").status()).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void an_amount_with_an_absurd_exponent_is_a_400_naming_the_field() {
    // when
    Response response =
        api.put(
            "/members/" + SKOVDE + "/fees/2016",
            ADMIN_KEY,
            "{\"amount\":1E+2147483647,\"currency\":\"SEK\"}");

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.errorFields()).containsExactly("amount");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E-2147483647", "\"1E+2147483647\"", "-9E+999999999"})
  void other_absurd_decimals_are_400_too(String amount) {
    // when
    Response response =
        api.put(
            "/members/" + SKOVDE + "/fees/2016",
            ADMIN_KEY,
            "{\"amount\":" + amount + ",\"currency\":\"SEK\"}");

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("amount");
  }

  @Test
  void a_number_with_thousands_of_digits_is_a_400() {
    // when
    Response response =
        api.put(
            "/members/" + SKOVDE + "/fees/2016",
            ADMIN_KEY,
            "{\"amount\":" + "9".repeat(5000) + ",\"currency\":\"SEK\"}");

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void deeply_nested_json_is_a_400() {
    // when
    Response response = api.put("/programmes/P-1", ADMIN_KEY, "[".repeat(5000) + "]".repeat(5000));

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void a_body_with_a_hundred_thousand_bad_items_gets_a_capped_answer() {
    // given 170 000 municipalities of the wrong type, about 510 KB
    String items = String.join(",", java.util.Collections.nCopies(170_000, "[]"));
    String body =
        "{\"organisationNumber\":\""
            + SKOVDE
            + "\",\"name\":\"X\",\"kind\":\"MUNICIPALITY\",\"coveredMunicipalities\":["
            + items
            + "],\"joined\":\"2010-01-01\"}";

    // when
    Response response = api.post("/members", ADMIN_KEY, body);

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("errors").size()).isEqualTo(Problems.MAX_LISTED);
    assertThat(response.json().path("more").asInt()).isEqualTo(170_000 - Problems.MAX_LISTED);
    assertThat(response.json().path("detail").asText()).endsWith("and 169900 more");
    assertThat(response.body().length()).isLessThan(64 * 1024);
  }

  @Test
  void a_wrong_method_on_a_known_path_is_405_with_allow() {
    // when
    Response response =
        TestApi.send(
            api.request("/programmes/P-1", ADMIN_KEY)
                .method("DELETE", HttpRequest.BodyPublishers.noBody())
                .build());

    // then
    assertThat(response.status()).isEqualTo(405);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.headers().firstValue("Allow")).contains("PUT");
  }

  @Test
  void the_allow_header_lists_every_method_of_the_path() {
    // when
    Response response =
        TestApi.send(
            api.request("/members/" + SKOVDE, ADMIN_KEY)
                .method("PATCH", HttpRequest.BodyPublishers.noBody())
                .build());

    // then
    assertThat(response.status()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("GET, HEAD, PUT");
  }

  @Test
  void head_needs_a_key_like_get() {
    // when
    Response without =
        TestApi.send(
            api.request("/members", null)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    Response with =
        TestApi.send(
            api.request("/members", ADMIN_KEY)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());

    // then
    assertThat(without.status()).isEqualTo(401);
    assertThat(with.status()).isEqualTo(200);
    assertThat(with.body()).isEmpty();
  }

  @Test
  void every_api_answer_forbids_sniffing_and_caching() {
    // when
    List<Response> responses =
        List.of(
            api.get("/openapi.yaml", null),
            api.get("/members", ADMIN_KEY),
            api.get("/members", null),
            api.get("/travel-grant?callYear=2016&from=57.7,11.97&to=59.91,10.75", null),
            api.get("/no-such-path", ADMIN_KEY));

    // then
    assertThat(responses)
        .allSatisfy(
            response -> {
              assertThat(response.headers().firstValue("X-Content-Type-Options"))
                  .contains("nosniff");
              assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
            });
  }

  @Test
  void a_bad_percent_encoding_is_a_problem() {
    // when
    RawResponse response = raw("GET /api/v1/members/%zz HTTP/1.1\r\nHost: x\r\n\r\n");

    // then
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.head()).containsIgnoringCase("content-type: application/problem+json");
    assertThat(response.body()).contains("\"status\":400");
  }

  @Test
  void a_uri_too_long_is_a_414_problem() {
    // when
    RawResponse response =
        raw("GET /api/v1/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");

    // then
    assertThat(response.status()).isEqualTo(414);
    assertThat(response.head()).containsIgnoringCase("content-type: application/problem+json");
    assertThat(response.body()).contains("\"status\":414");
  }

  @Test
  void headers_too_large_are_a_431_problem() {
    // when
    RawResponse response =
        raw(
            "GET /api/v1/members HTTP/1.1\r\nHost: x\r\nX-Junk: "
                + "a".repeat(20_000)
                + "\r\n\r\n");

    // then
    assertThat(response.status()).isEqualTo(431);
    assertThat(response.head()).containsIgnoringCase("content-type: application/problem+json");
    assertThat(response.body()).contains("\"status\":431");
  }

  record RawResponse(int status, String head, String body) {}

  /** Sends bytes no well-behaved client would, and reads the answer until the server closes. */
  private static RawResponse raw(String request) {
    try (Socket socket = new Socket("127.0.0.1", api.server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      in.transferTo(read);
      String text = read.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      String body = end < 0 ? "" : text.substring(end + 4);
      int status = Integer.parseInt(head.substring(9, 12));
      return new RawResponse(status, head, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
