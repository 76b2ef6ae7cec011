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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static se.westum.consortium.rest.TestApi.ADMIN_KEY;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import se.westum.consortium.rest.TestApi.Response;
import se.westum.consortium.testing.MemberBuilder;

/**
 * Hostile bodies for every write route of the OpenAPI document, generated from the properties it
 * documents: wrong types, nulls, huge and absurd numbers, deep nesting, duplicate keys, control
 * characters, long strings and wrong content types. Never a 5xx, and never a body with a class
 * name, a stack trace, SQL or a file path. {@code -Dconsortium.fuzz.cases=10000} for the nightly
 * size.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WriteRouteFuzzTest {

  private static final int CASES = Integer.getInteger("consortium.fuzz.cases", 500);

  private static final List<String> VALUES =
      List.of(
          "null",
          "true",
          "0",
          "-1",
          "2147483648",
          "-9223372036854775809",
          "1E+2147483647",
          "1E-2147483647",
          "-9E+999999999",
          "1" + "0".repeat(99),
          "0." + "0".repeat(98) + "1",
          "12500.005",
          "\"\"",
          "\"x\"",
          "\"12500.00\"",
          "\"2016-02-30\"",
          "\"0001-01-01\"",
          "\"9999-12-31\"",
          "\"212000-0142\"",
          "\"" + "x".repeat(5000) + "\"",
          "\"a\\u0000b\"",
          "\"\\u001b[31mred\"",
          "\"=HYPERLINK(1)\"",
          "\"-1\"",
          "\"MUNICIPALITY\"",
          "\"LEARNER\"",
          "[]",
          "[null]",
          "[1,\"a\",{}]",
          "{}",
          "{\"a\":1}",
          "[".repeat(40) + "]".repeat(40),
          "{\"a\":".repeat(40) + "1" + "}".repeat(40));

  private static final List<String> CONTENT_TYPES =
      List.of(
          "application/json",
          "application/json",
          "application/json",
          "application/json; charset=latin1",
          "text/plain",
          "application/x-www-form-urlencoded",
          "application/problem+json");

  private static TestApi api;

  @BeforeAll
  static void start() {
    api = TestApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** Every write route with a body, as the OpenAPI document lists them. */
  static Stream<Operation> writeRoutes() {
    OpenAPI document = OpenApiDocumentTest.parse(RestApi.openApiDocument()).getOpenAPI();
    Map<String, io.swagger.v3.oas.models.Operation> documented =
        OpenApiDocumentTest.operations(document);
    return Stream.of(Operation.values())
        .filter(Operation::isWrite)
        .filter(operation -> documented.get(operation.toString()).getRequestBody() != null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writeRoutes")
  void hostile_bodies_never_get_a_server_error_nor_internals(Operation operation) {
    // given
    List<String> properties = properties(operation);
    String path = concrete(operation.path());
    Gen<List<Integer>> picks =
        lists().of(integers().between(0, VALUES.size() - 1)).ofSize(properties.size() + 4);

    // then
    qt().withExamples(CASES)
        .withShrinkCycles(0)
        .forAll(picks)
        .checkAssert(
            pick -> {
              String body = body(properties, pick);
              String type = CONTENT_TYPES.get(pick.get(pick.size() - 1) % CONTENT_TYPES.size());
              Response response =
                  TestApi.send(
                      api.request(path, ADMIN_KEY)
                          .header("Content-Type", type)
                          .method(
                              operation.method().name(), HttpRequest.BodyPublishers.ofString(body))
                          .build());
              assertThat(response.status()).as(body).isLessThan(500);
              assertThat(response.body())
                  .as(body)
                  .doesNotContain("Exception")
                  .doesNotContain("java.")
                  .doesNotContain("se.westum.")
                  .doesNotContain("\tat ")
                  .doesNotContainIgnoringCase("select ")
                  .doesNotContain("/work/")
                  .doesNotContain(".java");
            });
  }

  /** A body of the documented properties, each given a hostile value, in one of a few shapes. */
  private static String body(List<String> properties, List<Integer> pick) {
    int shape = pick.get(pick.size() - 2) % 6;
    List<String> members = new ArrayList<>();
    for (int i = 0; i < properties.size(); i++) {
      members.add("\"" + properties.get(i) + "\":" + VALUES.get(pick.get(i)));
    }
    return switch (shape) {
      case 0 -> "{" + String.join(",", members) + "}";
      // duplicate keys: the same properties twice
      case 1 -> "{" + String.join(",", members) + "," + String.join(",", members) + "}";
      // a property left out, and one unknown
      case 2 ->
          "{"
              + String.join(",", members.subList(0, members.size() / 2))
              + (members.isEmpty() ? "" : ",")
              + "\"unknown\":1}";
      // not an object
      case 3 -> VALUES.get(pick.get(pick.size() - 3));
      // the body as an element of deep arrays
      case 4 -> "[".repeat(50) + "{" + String.join(",", members) + "}" + "]".repeat(50);
      // cut off
      default -> {
        String whole = "{" + String.join(",", members) + "}";
        yield whole.substring(0, whole.length() / 2);
      }
    };
  }

  @SuppressWarnings("rawtypes")
  private static List<String> properties(Operation operation) {
    OpenAPI document = OpenApiDocumentTest.parse(RestApi.openApiDocument()).getOpenAPI();
    io.swagger.v3.oas.models.Operation doc =
        OpenApiDocumentTest.operations(document).get(operation.toString());
    Schema schema = doc.getRequestBody().getContent().get("application/json").getSchema();
    if (schema.get$ref() != null) {
      String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      schema = document.getComponents().getSchemas().get(name);
    }
    Map<String, Schema> properties = schema.getProperties();
    return properties == null ? Collections.emptyList() : new ArrayList<>(properties.keySet());
  }

  private static String concrete(String path) {
    return path.replace("{organisationNumber}", MemberBuilder.organisationNumber(1).value())
        .replace("{year}", "2016")
        .replace("{acronym}", "EPLUS-2015")
        .replace("{id}", "X-1")
        .replace("{paragraph}", "1");
  }
}
