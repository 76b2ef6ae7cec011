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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.rest.TestApi.Response;
import se.westum.consortium.testing.MemberBuilder;

/**
 * Every route of the OpenAPI document × {no key, bad key, ADMIN, BOARD, MEMBER} × {own, foreign,
 * missing member}: no answer lets a caller through that the access rules keep out, and a MEMBER
 * cannot tell another member from a missing one.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccessMatrixTest {

  private static final String MISSING = MemberBuilder.organisationNumber(3).value();
  private static final Map<String, String> CALLERS =
      Map.of(
          "no key", "",
          "bad key", "not-a-configured-key",
          "ADMIN", ADMIN_KEY,
          "BOARD", BOARD_KEY,
          "MEMBER", MEMBER_KEY);

  private static TestApi api;

  @BeforeAll
  static void start_with_two_members() {
    api = TestApi.start();
    assertThat(api.registerMunicipality(OWN, "1496").status()).isEqualTo(201);
    assertThat(api.registerMunicipality(OTHER, "1380").status()).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void no_route_lets_anyone_through_whom_the_access_rules_keep_out() {
    // given
    List<String> leaks = new ArrayList<>();
    int requests = 0;

    // when
    for (Operation operation :
        OpenApiDocumentTest.operations(documented()).keySet().stream()
            .map(AccessMatrixTest::operation)
            .toList()) {
      List<String> members =
          operation.path().contains("{organisationNumber}")
              ? List.of(OWN, OTHER, MISSING)
              : List.of(OWN);
      for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
        Map<String, Response> byMember = new java.util.HashMap<>();
        for (String member : members) {
          Response response = send(operation, caller.getValue(), member);
          requests++;
          byMember.put(member, response);
          String leak = leak(operation, caller.getKey(), member, response);
          if (leak != null) {
            leaks.add(leak);
          }
        }
        if (caller.getKey().equals("MEMBER") && members.size() == 3) {
          Response foreign = byMember.get(OTHER);
          Response missing = byMember.get(MISSING);
          if (foreign.status() != missing.status()
              || !foreign.json().path("code").equals(missing.json().path("code"))) {
            leaks.add(operation + ": a MEMBER tells another member from a missing one");
          }
        }
      }
    }

    // then
    assertThat(requests).isGreaterThan(Operation.values().length * CALLERS.size());
    assertThat(leaks).isEmpty();
  }

  /** What is wrong with the answer, or {@code null}. */
  private static String leak(Operation operation, String caller, String member, Response answer) {
    int status = answer.status();
    String where = operation + " as " + caller + " for " + member + ": " + status;
    boolean publicRoute = operation.access() == Access.PUBLIC;
    if (caller.endsWith("key") && !publicRoute) {
      return status == 401 ? null : where + ", not 401";
    }
    if (caller.equals("ADMIN")) {
      return status == 401 || status == 403 ? where : null;
    }
    boolean refused = status == 403 || status == 404 || status == 401;
    boolean mayNot =
        switch (operation.access()) {
          case ADMIN -> true;
          case READ_ALL, RECORD_DECISION -> caller.equals("MEMBER");
          case RECORD_OWN_MOBILITY, RECORD_OWN_PARTNER -> caller.equals("BOARD");
          case READ_OWN_MEMBER -> caller.equals("MEMBER") && !member.equals(OWN);
          default -> false;
        };
    if (mayNot && !refused) {
      return where + ", not refused";
    }
    if (status >= 500) {
      return where + ", a server error";
    }
    return null;
  }

  private static Response send(Operation operation, String key, String member) {
    String path =
        operation
            .path()
            .replace("{organisationNumber}", member)
            .replace("{year}", "2016")
            .replace("{acronym}", "EPLUS-2015")
            .replace("{id}", "X-1")
            .replace("{paragraph}", "1");
    HttpRequest.Builder request = api.request(path, key.isEmpty() ? null : key);
    if (operation.isWrite()) {
      request
          .header("Content-Type", "application/json")
          .method(operation.method().name(), HttpRequest.BodyPublishers.ofString("{}"));
    } else {
      request.GET();
    }
    return TestApi.send(request.build());
  }

  private static io.swagger.v3.oas.models.OpenAPI documented() {
    return OpenApiDocumentTest.parse(RestApi.openApiDocument()).getOpenAPI();
  }

  private static Operation operation(String documented) {
    for (Operation operation : Operation.values()) {
      if (operation.toString().equals(documented)) {
        return operation;
      }
    }
    throw new AssertionError("not in the operation table: " + documented);
  }
}
