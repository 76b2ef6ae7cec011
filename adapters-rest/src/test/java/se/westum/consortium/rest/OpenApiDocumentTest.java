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

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.rest.TestApi.Response;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OpenApiDocumentTest {

  private static TestApi api;

  @BeforeAll
  static void start() {
    api = TestApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void the_document_is_valid_openapi_3_1_without_any_parser_message() {
    // when
    SwaggerParseResult result = parse(RestApi.openApiDocument());

    // then
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1.");
    assertThat(result.getOpenAPI().getServers().get(0).getUrl()).isEqualTo(RestApi.API_PATH);
  }

  @Test
  void the_parser_reports_a_broken_document_so_the_check_above_can_fail() {
    // given a document whose reference leads nowhere
    String broken =
        RestApi.openApiDocument()
            .replace("$ref: '#/components/schemas/Member'", "$ref: '#/components/schemas/Nobody'");

    // when
    SwaggerParseResult result = parse(broken);

    // then
    assertThat(result.getMessages()).isNotEmpty();
  }

  @Test
  void the_document_and_the_operation_table_list_the_same_operations_both_ways() {
    // given
    Set<String> documented = operations(parse(RestApi.openApiDocument()).getOpenAPI()).keySet();
    Set<String> tabled =
        Arrays.stream(Operation.values())
            .map(Operation::toString)
            .collect(Collectors.toCollection(TreeSet::new));

    // then
    assertThat(documented).as("documented but not in the table").isSubsetOf(tabled);
    assertThat(tabled).as("in the table but not documented").isSubsetOf(documented);
  }

  @Test
  void the_document_and_the_routes_javalin_registered_list_the_same_operations_both_ways() {
    // given
    Set<String> documented = operations(parse(RestApi.openApiDocument()).getOpenAPI()).keySet();

    // when
    Set<String> registered = registeredOperations(api.server.app(), RestApi.API_PATH);

    // then
    assertThat(registered).as("registered but not documented").isSubsetOf(documented);
    assertThat(documented).as("documented but not registered").isSubsetOf(registered);
    assertThat(registered).hasSize(Operation.values().length);
  }

  @Test
  void each_operation_id_is_the_tables_name_for_it() {
    // given
    Map<String, io.swagger.v3.oas.models.Operation> documented =
        operations(parse(RestApi.openApiDocument()).getOpenAPI());

    // then
    for (Operation operation : Operation.values()) {
      assertThat(documented.get(operation.toString()).getOperationId())
          .as(operation.toString())
          .isEqualTo(operation.operationId());
    }
  }

  @Test
  void the_documented_security_and_answers_agree_with_the_access_rules() {
    // given
    Map<String, io.swagger.v3.oas.models.Operation> documented =
        operations(parse(RestApi.openApiDocument()).getOpenAPI());

    // then
    for (Operation operation : Operation.values()) {
      io.swagger.v3.oas.models.Operation doc = documented.get(operation.toString());
      Set<String> answers = doc.getResponses().keySet();
      if (operation.access() == Access.PUBLIC) {
        assertThat(doc.getSecurity()).as(operation.toString()).isEmpty();
        continue;
      }
      assertThat(doc.getSecurity()).as(operation.toString()).isNull();
      assertThat(answers).as(operation.toString()).contains("401", "500");
      if (operation.access() == Access.READ_OWN_MEMBER
          || operation.access() == Access.READ_OWN_MOBILITIES
          || operation.access() == Access.READ_OWN_PARTNER) {
        // another member's (or organisation's) records answer 404, never 403
        assertThat(answers).as(operation.toString()).contains("404").doesNotContain("403");
      } else if (operation.access() == Access.READ_PUBLISHED) {
        // every role may read these: a 403 can never be the answer
        assertThat(answers).as(operation.toString()).doesNotContain("403");
      } else {
        assertThat(answers).as(operation.toString()).contains("403");
      }
      boolean hasBody = doc.getRequestBody() != null;
      assertThat(answers.contains("413") && answers.contains("415"))
          .as(operation + " documents 413 and 415 exactly when it takes a body")
          .isEqualTo(hasBody);
    }
  }

  @Test
  void the_document_names_the_answers_of_rate_limits_missing_references_and_outages() {
    // given
    Map<String, io.swagger.v3.oas.models.Operation> documented =
        operations(parse(RestApi.openApiDocument()).getOpenAPI());

    // then
    for (Operation operation : Operation.values()) {
      Set<String> answers = documented.get(operation.toString()).getResponses().keySet();
      assertThat(answers.contains("429"))
          .as(operation + " documents 429 exactly when it needs a key")
          .isEqualTo(operation.access() != Access.PUBLIC);
      assertThat(answers.contains("422"))
          .as(operation + " documents 422 exactly when it writes")
          .isEqualTo(operation.isWrite());
      assertThat(answers.contains("503"))
          .as(operation + " documents 503 exactly when it needs the database")
          .isEqualTo(operation.needsStorage());
    }
  }

  @Test
  void the_served_document_is_the_shipped_one() {
    // when
    Response response = api.get("/openapi.yaml", null);

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(RestApi.openApiDocument());
  }

  @Test
  void a_mounted_api_serves_the_document_with_the_server_url_of_its_mount() {
    // given
    String mounted = OpenApi.documentFor("/consortium" + RestApi.API_PATH);

    // when
    SwaggerParseResult result = parse(mounted);

    // then
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getServers().get(0).getUrl()).isEqualTo("/consortium/api/v1");
    assertThat(operations(result.getOpenAPI()).keySet())
        .isEqualTo(operations(parse(RestApi.openApiDocument()).getOpenAPI()).keySet());
  }

  static SwaggerParseResult parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(document, null, options);
  }

  /** "GET /members" and so on, each with its documented operation. */
  static Map<String, io.swagger.v3.oas.models.Operation> operations(OpenAPI openApi) {
    Map<String, io.swagger.v3.oas.models.Operation> operations = new HashMap<>();
    openApi
        .getPaths()
        .forEach(
            (path, item) -> {
              for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> entry :
                  item.readOperationsMap().entrySet()) {
                operations.put(entry.getKey().name() + " " + path, entry.getValue());
              }
            });
    return operations;
  }

  /** The HTTP endpoints Javalin holds under {@code apiBase}, as "GET /members" relative to it. */
  static Set<String> registeredOperations(Javalin app, String apiBase) {
    Set<String> registered = new TreeSet<>();
    for (ParsedEndpoint parsed : app.unsafe.internalRouter.allHttpHandlers()) {
      String path = parsed.endpoint.path;
      // HEAD mirrors each GET, and the 405 answers to other methods are no operations
      if (parsed.endpoint.method.isHttpMethod()
          && parsed.endpoint.method != HandlerType.HEAD
          && !(parsed.endpoint.handler instanceof RestApi.MethodNotAllowed)
          && path.startsWith(apiBase + "/")) {
        registered.add(
            parsed.endpoint.method.name().toUpperCase(Locale.ROOT)
                + " "
                + path.substring(apiBase.length()));
      }
    }
    return registered;
  }
}
