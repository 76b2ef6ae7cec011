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

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.out.Programmes;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.RecordsRefusedException;
import se.westum.consortium.domain.shared.RefusedRecord;
import se.westum.consortium.domain.shared.StorageFailureException;
import se.westum.consortium.domain.shared.StorageUnavailableException;
import se.westum.consortium.rest.TestApi.Response;
import se.westum.consortium.testing.InMemoryStorage;

/** Each kind of failure the core or the storage raises has its own status, by its type. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ErrorMappingTest {

  private static final AtomicReference<RuntimeException> FAILURE = new AtomicReference<>();
  private static TestApi api;

  @BeforeAll
  static void start_over_storage_whose_programmes_fail_as_told() {
    api = TestApi.start(programmesFailingWith(FAILURE::get), RestApi.DEFAULT_MAX_REQUEST_BYTES);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void an_unavailable_storage_is_a_503_with_retry_after_and_an_incident_id() {
    // given
    failWith(
        new StorageUnavailableException(
            "the database is unavailable or did not answer in time; try again later",
            new SQLException("connect to 10.0.0.7 as consortium_app failed", "08001")));

    // when
    Response response = listProgrammes();

    // then
    assertThat(response.status()).isEqualTo(503);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.headers().firstValue("Retry-After")).contains("5");
    String incident = response.json().path("incident").asText();
    assertThat(incident).hasSize(36);
    assertThat(response.headers().firstValue(Problems.CORRELATION_HEADER)).contains(incident);
    assertThat(response.json().path("code").asText()).isEqualTo(StorageUnavailableException.CODE);
    assertThat(response.body()).doesNotContain("10.0.0.7").doesNotContain("consortium_app");
  }

  @Test
  void a_storage_failure_is_a_500_not_a_client_error() {
    // given
    failWith(
        new StorageFailureException(
            "the database could not complete the operation",
            new SQLException("relation consortium_programme does not exist", "42P01")));

    // when
    Response response = listProgrammes();

    // then
    assertThat(response.status()).isEqualTo(500);
    assertThat(response.json().path("code").asText()).isEqualTo(StorageFailureException.CODE);
    assertThat(response.headers().firstValue(Problems.CORRELATION_HEADER))
        .contains(response.json().path("incident").asText());
    assertThat(response.body()).doesNotContain("relation").doesNotContain("42P01");
  }

  @Test
  void a_conflict_is_a_409() {
    // given
    failWith(new ConflictException("concurrent-change", "programme P-1 was recorded meanwhile"));

    // when
    Response response = listProgrammes();

    // then
    assertThat(response.status()).isEqualTo(409);
    assertThat(response.json().path("detail").asText()).contains("P-1");
  }

  @Test
  void a_missing_record_asked_for_is_a_404() {
    // given
    failWith(new NotFoundException("programme", "P-9"));

    // when / then
    assertThat(listProgrammes().status()).isEqualTo(404);
  }

  @Test
  void a_missing_reference_is_a_422_naming_the_field_and_the_id() {
    // given
    failWith(new MissingReferenceException("sendingMember", "member", "212000-0142"));

    // when
    Response response = listProgrammes();

    // then
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().path("code").asText()).isEqualTo(MissingReferenceException.CODE);
    assertThat(response.json().path("field").asText()).isEqualTo("sendingMember");
    assertThat(response.json().path("kind").asText()).isEqualTo("member");
    assertThat(response.json().path("id").asText()).isEqualTo("212000-0142");
    assertThat(response.errorFields()).containsExactly("sendingMember");
  }

  @Test
  void refused_records_are_a_422_listing_at_most_a_hundred() {
    // given
    List<RefusedRecord> refused = new ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      refused.add(
          new RefusedRecord(
              "mobility", i, "M-" + i, "project", "missing-reference", "no", Optional.empty()));
    }
    failWith(new RecordsRefusedException(refused, 20));

    // when
    Response response = listProgrammes();

    // then
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().path("refused").size()).isEqualTo(100);
    assertThat(response.json().path("more").asInt()).isEqualTo(70);
    assertThat(response.json().path("refused").get(0).path("id").asText()).isEqualTo("M-1");
  }

  private static Response listProgrammes() {
    return api.get("/programmes", ADMIN_KEY);
  }

  private static void failWith(RuntimeException failure) {
    FAILURE.set(failure);
  }

  /** An in-memory storage whose programmes port throws what {@code failure} gives. */
  static Storage programmesFailingWith(Supplier<RuntimeException> failure) {
    InMemoryStorage delegate = new InMemoryStorage();
    Programmes failing =
        (Programmes)
            Proxy.newProxyInstance(
                Programmes.class.getClassLoader(),
                new Class<?>[] {Programmes.class},
                (proxy, method, args) -> {
                  throw failure.get();
                });
    return (Storage)
        Proxy.newProxyInstance(
            Storage.class.getClassLoader(),
            new Class<?>[] {Storage.class},
            (proxy, method, args) -> {
              if (method.getName().equals("programmes")) {
                return failing;
              }
              try {
                return method.invoke(delegate, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
