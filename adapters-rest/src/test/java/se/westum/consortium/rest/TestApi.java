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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.testing.InMemoryStorage;
import se.westum.consortium.testing.MemberBuilder;

/** A REST API on a random loopback port over an in-memory core, with a key for each role. */
final class TestApi implements AutoCloseable {

  static final String ADMIN_KEY = "admin-key-for-tests";
  static final String BOARD_KEY = "board-key-for-tests";
  static final String MEMBER_KEY = "member-key-for-tests";

  /** The member {@link #MEMBER_KEY} is bound to. */
  static final String OWN = MemberBuilder.organisationNumber(1).value();

  /** Another member. */
  static final String OTHER = MemberBuilder.organisationNumber(2).value();

  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2016-06-30T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

  static final ApiKeys KEYS =
      ApiKeys.of(
          List.of(
              ApiKey.forRole(ApiKey.sha256Hex(ADMIN_KEY), Role.ADMIN),
              ApiKey.forRole(ApiKey.sha256Hex(BOARD_KEY), Role.BOARD),
              ApiKey.forMember(ApiKey.sha256Hex(MEMBER_KEY), OWN)));

  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  final Consortium consortium;
  final RunningServer server;

  private TestApi(Consortium consortium, RunningServer server) {
    this.consortium = consortium;
    this.server = server;
  }

  static TestApi start() {
    return start(new InMemoryStorage(), RestApi.DEFAULT_MAX_REQUEST_BYTES);
  }

  static TestApi start(Storage storage, long maxRequestBytes) {
    Consortium consortium = Consortium.builder().storage(storage).clock(CLOCK).build();
    RunningServer server =
        RestApi.create(consortium, KEYS).maxRequestBytes(maxRequestBytes).start("127.0.0.1", 0);
    return new TestApi(consortium, server);
  }

  /** The helpers over a server a test started itself (with other settings). */
  static TestApi over(RunningServer server) {
    return new TestApi(null, server);
  }

  @Override
  public void close() {
    server.close();
  }

  /** The full URI of a path under the API base, for example {@code /members}. */
  URI uri(String apiPath) {
    return URI.create(server.baseUri() + RestApi.API_PATH + apiPath);
  }

  Response get(String apiPath, String key) {
    return send(request(apiPath, key).GET().build());
  }

  Response post(String apiPath, String key, String json) {
    return send(
        request(apiPath, key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  Response put(String apiPath, String key, String json) {
    return send(
        request(apiPath, key)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** A create-only {@code PUT}: {@code If-None-Match: *}. */
  Response putNew(String apiPath, String key, String json) {
    return send(
        request(apiPath, key)
            .header("Content-Type", "application/json")
            .header("If-None-Match", "*")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  HttpRequest.Builder request(String apiPath, String key) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri(apiPath)).timeout(Duration.ofSeconds(10));
    if (key != null) {
      builder.header("Authorization", "Bearer " + key);
    }
    return builder;
  }

  static Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Registers a municipality member covering one municipality, as ADMIN. */
  Response registerMunicipality(String organisationNumber, String municipality) {
    return registerMunicipalityAs(ADMIN_KEY, organisationNumber, municipality);
  }

  /** Registers a municipality member covering one municipality, with the given key. */
  Response registerMunicipalityAs(String key, String organisationNumber, String municipality) {
    return post(
        "/members",
        key,
        """
        {"organisationNumber":"%s","name":"Kommun %s","kind":"MUNICIPALITY",
         "coveredMunicipalities":["%s"],"joined":"2010-01-01"}
        """
            .formatted(organisationNumber, municipality, municipality));
  }

  /**
   * The body of the 2016 board term: eight ordinary members (P-1 chair, P-2 vice chair, P-3
   * treasurer, P-4 to P-8 members) and two deputies (D-1, D-2), a nomination committee member and
   * an auditor. The names are invented; each contains "Testperson" so tests can look for leaks.
   */
  static String board2016() {
    String[] roles = {
      "CHAIR", "VICE_CHAIR", "TREASURER", "MEMBER", "MEMBER", "MEMBER", "MEMBER", "MEMBER"
    };
    StringBuilder seats = new StringBuilder();
    for (int i = 0; i < roles.length; i++) {
      seats.append(
          "{\"person\":\"P-%d\",\"name\":\"Testperson Ledamot%d\",\"role\":\"%s\"},"
              .formatted(i + 1, i + 1, roles[i]));
    }
    seats.append("{\"person\":\"D-1\",\"name\":\"Testperson Suppleant1\",\"role\":\"DEPUTY\"},");
    seats.append("{\"person\":\"D-2\",\"name\":\"Testperson Suppleant2\",\"role\":\"DEPUTY\"}");
    return """
        {"start":"2016-01-01","end":"2016-12-31","seats":[%s],
         "positions":[{"kind":"NOMINATION_COMMITTEE","person":"V-1","name":"Testperson Valberedare"},
                      {"kind":"AUDITOR","person":"R-1","name":"Testperson Revisor"}]}
        """
        .formatted(seats);
  }

  /** Records the 2016 board term as ADMIN. */
  Response recordBoard2016() {
    return put("/board-terms/2016", ADMIN_KEY, board2016());
  }

  /** Records a one-day board meeting in Skövde as ADMIN, attended by {@code present}. */
  Response recordBoardMeeting(String id, String day, String... present) {
    return put(
        "/meetings/" + id,
        ADMIN_KEY,
        """
        {"kind":"BOARD_MEETING","start":"%s","place":"Skövde","present":[%s]}
        """
            .formatted(day, quoted(present)));
  }

  /** {@code "a","b"} for a and b: the elements of a JSON array of strings. */
  static String quoted(String... values) {
    StringBuilder text = new StringBuilder();
    for (String value : values) {
      text.append(text.length() == 0 ? "" : ",").append('"').append(value).append('"');
    }
    return text.toString();
  }

  /** A response, read whole. */
  record Response(int status, HttpHeaders headers, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }

    /** The field names of the problem's {@code errors}, in order. */
    List<String> errorFields() {
      return json().path("errors").findValuesAsText("field");
    }
  }
}
