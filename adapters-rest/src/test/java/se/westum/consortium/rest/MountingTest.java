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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.westum.consortium.rest.TestApi.ADMIN_KEY;

import io.javalin.Javalin;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.out.Activities;
import se.westum.consortium.application.port.out.AnnualFees;
import se.westum.consortium.application.port.out.BoardTerms;
import se.westum.consortium.application.port.out.Decisions;
import se.westum.consortium.application.port.out.Events;
import se.westum.consortium.application.port.out.Goals;
import se.westum.consortium.application.port.out.Indicators;
import se.westum.consortium.application.port.out.Meetings;
import se.westum.consortium.application.port.out.Members;
import se.westum.consortium.application.port.out.Mobilities;
import se.westum.consortium.application.port.out.MobilityGrants;
import se.westum.consortium.application.port.out.Partners;
import se.westum.consortium.application.port.out.Payments;
import se.westum.consortium.application.port.out.Programmes;
import se.westum.consortium.application.port.out.Projects;
import se.westum.consortium.application.port.out.Staff;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.port.out.Transactions;
import se.westum.consortium.application.port.out.WorkingGroups;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.rest.TestApi.Response;
import se.westum.consortium.testing.InMemoryStorage;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MountingTest {

  private Javalin host;

  @BeforeEach
  void start_a_host_application_with_its_own_routes_and_handlers() {
    Consortium consortium =
        Consortium.builder().storage(new InMemoryStorage()).clock(TestApi.CLOCK).build();
    Consortium broken =
        Consortium.builder().storage(new FailingStorage()).clock(TestApi.CLOCK).build();
    RestApi api = RestApi.create(consortium, TestApi.KEYS);
    RestApi brokenApi = RestApi.create(broken, TestApi.KEYS);
    host =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.get("/health", ctx -> ctx.result("ok"));
                  config.routes.get(
                      "/boom",
                      ctx -> {
                        throw new IllegalStateException("host failure");
                      });
                  config.routes.exception(
                      IllegalStateException.class,
                      (e, ctx) -> ctx.status(503).result("handled by the host"));
                  api.mountInto(config, "/consortium/");
                  brokenApi.mountInto(config, "/broken");
                })
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    host.stop();
  }

  @Test
  void the_host_keeps_serving_its_own_routes() {
    // when
    Response health = get("/health", null);

    // then
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("ok");
  }

  @Test
  void the_consortium_routes_are_served_under_the_base_path() {
    // when
    Response registered =
        TestApi.send(
            HttpRequest.newBuilder(uri("/consortium/api/v1/members"))
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"organisationNumber":"%s","name":"Skövde kommun","kind":"MUNICIPALITY",
                         "coveredMunicipalities":["1496"],"joined":"2010-01-01"}
                        """
                            .formatted(TestApi.OWN)))
                .build());
    Response read = get("/consortium/api/v1/members/" + TestApi.OWN, TestApi.MEMBER_KEY);
    Response atRoot = get("/api/v1/members", ADMIN_KEY);

    // then
    assertThat(registered.status()).isEqualTo(201);
    assertThat(registered.headers().firstValue("Location"))
        .contains("/consortium/api/v1/members/" + TestApi.OWN);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().path("name").asText()).isEqualTo("Skövde kommun");
    assertThat(atRoot.status()).isEqualTo(404);
  }

  @Test
  void the_mounted_routes_are_secured() {
    // when
    Response response = get("/consortium/api/v1/members", null);

    // then
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .contains("Bearer realm=\"consortium\"");
  }

  @Test
  void the_mounted_api_serves_its_document_with_its_own_server_url() {
    // when
    Response response = get("/consortium/api/v1/openapi.yaml", null);

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(OpenApiDocumentTest.parse(response.body()).getOpenAPI().getServers().get(0).getUrl())
        .isEqualTo("/consortium/api/v1");
  }

  @Test
  void javalin_holds_exactly_the_documented_operations_under_the_base_path() {
    // when
    var registered =
        OpenApiDocumentTest.registeredOperations(host, "/consortium" + RestApi.API_PATH);

    // then
    assertThat(registered)
        .isEqualTo(
            Arrays.stream(Operation.values())
                .map(Operation::toString)
                .collect(Collectors.toCollection(java.util.TreeSet::new)));
  }

  @Test
  void the_hosts_exception_handlers_are_untouched_and_do_not_see_the_apis_failures() {
    // when
    Response hostFailure = get("/boom", null);
    Response apiFailure = get("/broken/api/v1/members", ADMIN_KEY);

    // then
    assertThat(hostFailure.status()).isEqualTo(503);
    assertThat(hostFailure.body()).isEqualTo("handled by the host");
    assertThat(apiFailure.status()).isEqualTo(500);
    assertThat(apiFailure.contentType()).startsWith("application/problem+json");
    assertThat(apiFailure.body()).doesNotContain("SELECT").doesNotContain("IllegalState");
  }

  @Test
  void a_base_path_must_be_a_plain_path() {
    // given
    RestApi api =
        RestApi.create(Consortium.builder().storage(new InMemoryStorage()).build(), TestApi.KEYS);

    // when / then
    assertThatThrownBy(() -> Javalin.create(config -> api.mountInto(config, "consortium")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Javalin.create(config -> api.mountInto(config, "/a/{b}")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RestApi.normalise("/")).isEmpty();
    assertThat(RestApi.normalise("/a/b/")).isEqualTo("/a/b");
  }

  private Response get(String path, String key) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return TestApi.send(request.build());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + host.port() + path);
  }

  /**
   * Storage whose member, governance, project and mobility ports fail the way a database adapter
   * might, with SQL, a person's name and class names in the messages.
   */
  static final class FailingStorage implements Storage {

    private final InMemoryStorage delegate = new InMemoryStorage();

    @Override
    public Members members() {
      return failing(Members.class);
    }

    @Override
    public AnnualFees annualFees() {
      return delegate.annualFees();
    }

    @Override
    public Payments payments() {
      return delegate.payments();
    }

    @Override
    public BoardTerms boardTerms() {
      return failing(BoardTerms.class);
    }

    @Override
    public Meetings meetings() {
      return failing(Meetings.class);
    }

    @Override
    public Decisions decisions() {
      return failing(Decisions.class);
    }

    @Override
    public Goals goals() {
      return failing(Goals.class);
    }

    @Override
    public Events events() {
      return failing(Events.class);
    }

    @Override
    public Staff staff() {
      return failing(Staff.class);
    }

    @Override
    public Programmes programmes() {
      return failing(Programmes.class);
    }

    @Override
    public Projects projects() {
      return failing(Projects.class);
    }

    @Override
    public Partners partners() {
      return failing(Partners.class);
    }

    @Override
    public WorkingGroups workingGroups() {
      return failing(WorkingGroups.class);
    }

    @Override
    public Activities activities() {
      return failing(Activities.class);
    }

    @Override
    public Indicators indicators() {
      return failing(Indicators.class);
    }

    @Override
    public MobilityGrants mobilityGrants() {
      return failing(MobilityGrants.class);
    }

    @Override
    public Mobilities mobilities() {
      return failing(Mobilities.class);
    }

    // --- needs-based training (issue 9): the in-memory ports ---
    @Override
    public se.westum.consortium.application.port.out.Vocabularies vocabularies() {
      return delegate.vocabularies();
    }

    @Override
    public se.westum.consortium.application.port.out.SurveyMappings surveyMappings() {
      return delegate.surveyMappings();
    }

    @Override
    public se.westum.consortium.application.port.out.Brokers brokers() {
      return delegate.brokers();
    }

    @Override
    public se.westum.consortium.application.port.out.CompanyVisits companyVisits() {
      return delegate.companyVisits();
    }

    @Override
    public se.westum.consortium.application.port.out.SurveyAnswers surveyAnswers() {
      return delegate.surveyAnswers();
    }

    @Override
    public se.westum.consortium.application.port.out.FocusAreas focusAreas() {
      return delegate.focusAreas();
    }

    @Override
    public se.westum.consortium.application.port.out.Trainings trainings() {
      return delegate.trainings();
    }

    @Override
    public se.westum.consortium.application.port.out.IndicatorFeeds indicatorFeeds() {
      return delegate.indicatorFeeds();
    }

    // --- end of needs-based training ---

    @Override
    public Transactions transactions() {
      return delegate.transactions();
    }

    private static <T> T failing(Class<T> port) {
      return port.cast(
          Proxy.newProxyInstance(
              port.getClassLoader(),
              new Class<?>[] {port},
              (proxy, method, args) -> {
                throw new IllegalStateException(
                    "SELECT name FROM consortium_member WHERE name = 'Anna Andersson'",
                    new java.sql.SQLException(
                        "org.h2.jdbc.JdbcSQLSyntaxErrorException: Table CONSORTIUM_MEMBER"));
              }));
    }
  }
}
