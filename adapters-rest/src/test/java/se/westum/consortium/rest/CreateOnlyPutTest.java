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
import static se.westum.consortium.rest.ProjectBodies.mobility;
import static se.westum.consortium.rest.TestApi.ADMIN_KEY;
import static se.westum.consortium.rest.TestApi.MEMBER_KEY;
import static se.westum.consortium.rest.TestApi.OTHER;
import static se.westum.consortium.rest.TestApi.OWN;

import io.javalin.http.HandlerType;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.westum.consortium.rest.TestApi.Response;

/**
 * {@code PUT} with {@code If-None-Match: *} creates only: a new record is recorded (200), a stored
 * one is not replaced (409 {@code already-recorded} naming it), on every {@code PUT} route.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CreateOnlyPutTest {

  private TestApi api;

  @BeforeEach
  void start_with_the_erasmus_project() {
    api = TestApi.start();
    ProjectBodies.recordErasmusProject(api);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void a_create_only_put_of_a_new_id_records_it() {
    // when
    Response created = api.putNew("/programmes/ESF", ADMIN_KEY, ProjectBodies.PROGRAMME);

    // then
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    assertThat(api.get("/programmes", ADMIN_KEY).json().findValuesAsText("id")).contains("ESF");
  }

  @Test
  void a_create_only_put_of_a_stored_id_answers_409_naming_it_and_replaces_nothing() {
    // when
    Response refused =
        api.putNew("/programmes/ERASMUS-KA1", ADMIN_KEY, "{\"name\":\"Changed\",\"kind\":\"ESF\"}");

    // then
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().path("code").asText()).isEqualTo("already-recorded");
    assertThat(refused.json().path("detail").asText())
        .isEqualTo(
            "programme 'ERASMUS-KA1' is already recorded: a create-only write does not replace it");
    assertThat(api.get("/programmes", ADMIN_KEY).json().findValuesAsText("name"))
        .containsExactly("Erasmus+ KA1");
  }

  @Test
  void without_the_header_a_put_still_replaces() {
    // when
    Response replaced =
        api.put("/programmes/ERASMUS-KA1", ADMIN_KEY, "{\"name\":\"Changed\",\"kind\":\"ESF\"}");

    // then
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(api.get("/programmes", ADMIN_KEY).json().findValuesAsText("name"))
        .containsExactly("Changed");
  }

  @Test
  void records_of_other_routes_are_not_replaced_by_a_create_only_put_either() {
    // when
    Response project = api.putNew("/projects/" + EPLUS, ADMIN_KEY, ProjectBodies.PROJECT);
    Response grant =
        api.putNew("/projects/" + EPLUS + "/mobility-grant", ADMIN_KEY, ProjectBodies.GRANT);
    ProjectBodies.recordMobility(api, "M-1", mobility("LEARNER", OWN, "2016-03-01", "PLANNED"));
    Response mobility =
        api.putNew("/mobilities/M-1", ADMIN_KEY, mobility("STAFF", OWN, "2016-03-01", "PLANNED"));

    // then
    assertThat(project.json().path("detail").asText()).startsWith("project 'EPLUS-2015' is");
    assertThat(grant.json().path("detail").asText()).startsWith("mobility-grant 'EPLUS-2015' is");
    assertThat(mobility.json().path("detail").asText()).startsWith("mobility 'M-1' is");
    assertThat(Stream.of(project, grant, mobility))
        .allSatisfy(
            r -> {
              assertThat(r.status()).isEqualTo(409);
              assertThat(r.json().path("code").asText()).isEqualTo("already-recorded");
            });
    assertThat(api.get("/mobilities/M-1", ADMIN_KEY).json().path("category").asText())
        .isEqualTo("LEARNER");
  }

  @Test
  void a_member_gets_403_for_another_organisations_id_as_for_a_free_id_it_may_not_claim() {
    // given
    ProjectBodies.recordMobility(
        api, "M-OTHER", mobility("LEARNER", OTHER, "2016-03-01", "PLANNED"));
    ProjectBodies.recordMobility(api, "M-OWN", mobility("LEARNER", OWN, "2016-03-01", "PLANNED"));
    String own = mobility("STAFF", OWN, "2016-09-01", "PLANNED");

    // when
    Response foreign = api.putNew("/mobilities/M-OTHER", MEMBER_KEY, own);
    Response unclaimable =
        api.putNew(
            "/mobilities/M-FREE", MEMBER_KEY, mobility("STAFF", OTHER, "2016-09-01", "PLANNED"));
    Response ownStored = api.putNew("/mobilities/M-OWN", MEMBER_KEY, own);
    Response fresh = api.putNew("/mobilities/M-NEW", MEMBER_KEY, own);

    // then
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(unclaimable.status()).isEqualTo(403);
    assertThat(foreign.json().path("detail")).isEqualTo(unclaimable.json().path("detail"));
    assertThat(ownStored.status()).isEqualTo(409);
    assertThat(ownStored.json().path("code").asText()).isEqualTo("already-recorded");
    assertThat(fresh.status()).isEqualTo(200);
  }

  static Stream<Operation> putOperations() {
    return Arrays.stream(Operation.values()).filter(o -> o.method() == HandlerType.PUT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("putOperations")
  void every_put_route_reads_if_none_match_and_refuses_a_precondition_it_cannot_honour(
      Operation operation) {
    // given: any path parameters; the precondition is read before them
    String path =
        operation
            .path()
            .replace("{organisationNumber}", OWN)
            .replace("{year}", "2016")
            .replaceAll("\\{[a-zA-Z]+}", "X-1");

    // when
    Response response =
        TestApi.send(
            api.request(path, ADMIN_KEY)
                .header("Content-Type", "application/json")
                .header("If-None-Match", "\"v1\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .build());

    // then
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("If-None-Match");
  }
}
