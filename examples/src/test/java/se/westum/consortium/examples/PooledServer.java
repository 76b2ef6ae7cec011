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
package se.westum.consortium.examples;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.jdbc.JdbcAdapter;
import se.westum.consortium.rest.ApiKey;
import se.westum.consortium.rest.ApiKeys;
import se.westum.consortium.rest.RestApi;
import se.westum.consortium.rest.Role;
import se.westum.consortium.rest.RunningServer;
import se.westum.consortium.testing.MemberBuilder;

/**
 * The REST API as {@code serve} runs it, on a bounded pool over a database, with four ADMIN keys
 * and two MEMBER keys (bound to two members), and an HTTP client for it.
 */
final class PooledServer implements AutoCloseable {

  static final List<String> ADMINS = List.of("admin-1", "admin-2", "admin-3", "admin-4");
  static final String MEMBER_A = "member-a";
  static final String MEMBER_B = "member-b";
  static final String ORGANISATION_A = MemberBuilder.organisationNumber(1).value();
  static final String ORGANISATION_B = MemberBuilder.organisationNumber(2).value();

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final HikariDataSource pool;
  final RunningServer server;

  private PooledServer(HikariDataSource pool, RunningServer server) {
    this.pool = pool;
    this.server = server;
  }

  static PooledServer start(String url, PoolSettings settings) throws SQLException {
    HikariDataSource pool = DataSources.pooled(url, Optional.empty(), Optional.empty(), settings);
    try {
      Consortium consortium =
          Consortium.builder()
              .storage(JdbcAdapter.create(pool))
              .clock(Clock.systemDefaultZone())
              .build();
      List<ApiKey> keys = new ArrayList<>();
      ADMINS.forEach(key -> keys.add(ApiKey.forRole(ApiKey.sha256Hex(key), Role.ADMIN)));
      keys.add(ApiKey.forMember(ApiKey.sha256Hex(MEMBER_A), ORGANISATION_A));
      keys.add(ApiKey.forMember(ApiKey.sha256Hex(MEMBER_B), ORGANISATION_B));
      RunningServer server =
          RestApi.create(consortium, ApiKeys.of(keys)).start("127.0.0.1", 0).closing(pool);
      return new PooledServer(pool, server);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  record Answer(int status, String body, HttpResponse<String> response) {}

  Answer get(String path, String key) {
    return send(request(path, key).GET().build());
  }

  Answer put(String path, String key, String json) {
    return send(
        request(path, key)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** A create-only {@code PUT}: {@code If-None-Match: *}. */
  Answer putNew(String path, String key, String json) {
    return send(
        request(path, key)
            .header("Content-Type", "application/json")
            .header("If-None-Match", "*")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  Answer post(String path, String key, String json) {
    return send(
        request(path, key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private HttpRequest.Builder request(String path, String key) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(server.baseUri() + RestApi.API_PATH + path))
            .timeout(Duration.ofSeconds(60));
    return key == null ? builder : builder.header("Authorization", "Bearer " + key);
  }

  static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The two members, an Erasmus+ programme, project and grant, recorded as ADMIN. */
  void recordMembersAndAnErasmusProject() {
    String admin = ADMINS.get(0);
    for (String[] member :
        List.of(new String[] {ORGANISATION_A, "1496"}, new String[] {ORGANISATION_B, "1490"})) {
      require(
          post(
              "/members",
              admin,
              """
              {"organisationNumber":"%s","name":"Kommun %s","kind":"MUNICIPALITY",
               "coveredMunicipalities":["%s"],"joined":"2010-01-01"}
              """
                  .formatted(member[0], member[1], member[1])),
          201);
    }
    require(
        put(
            "/programmes/ERASMUS-KA1",
            admin,
            "{\"name\":\"Erasmus+ KA1\",\"kind\":\"ERASMUS_PLUS_KA1\"}"),
        200);
    require(
        put(
            "/projects/EPLUS-2015",
            admin,
            """
            {"name":"Erasmus+ mobilitet","programme":"ERASMUS-KA1",
             "start":"2015-06-01","end":"2017-05-31","coordinator":"Westum","status":"RUNNING"}
            """),
        200);
    require(
        put(
            "/projects/EPLUS-2015/mobility-grant",
            admin,
            """
            {"callYear":2015,"categories":[
              {"category":"LEARNER","places":10,"budgetEur":"12000","dailyRatesEur":["40","30","20"]}]}
            """),
        200);
  }

  /** A learner's mobility from Skövde to Hamburg sent by {@code member}. */
  static String mobility(String member, String participant) {
    return """
        {"project":"EPLUS-2015","participant":"%s","category":"LEARNER",
         "sendingOrganisation":"Lärcentrum","sendingCity":"Skövde","sendingCountry":"SE",
         "sendingCoordinates":"58.3903,13.8461","sendingMember":"%s",
         "receivingOrganisation":"Berufsschule","receivingCity":"Hamburg",
         "receivingCountry":"DE","receivingCoordinates":"53.5511,9.9937",
         "start":"2016-03-01","end":"2016-03-14","travelDays":2,"status":"PLANNED"}
        """
        .formatted(participant, member);
  }

  private static void require(Answer answer, int status) {
    if (answer.status() != status) {
      throw new AssertionError("expected " + status + ": " + answer.status() + " " + answer.body());
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
