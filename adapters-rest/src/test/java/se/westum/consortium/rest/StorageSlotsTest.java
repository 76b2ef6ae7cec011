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

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.rest.TestApi.Response;

/** A hung database holds no more server threads than the storage slots allow. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StorageSlotsTest {

  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch entered = new CountDownLatch(1);
  private RunningServer server;
  private TestApi api;

  @BeforeEach
  void start_with_two_storage_slots_over_programmes_that_hang() {
    Consortium consortium =
        Consortium.builder()
            .storage(
                ErrorMappingTest.programmesFailingWith(
                    () -> {
                      entered.countDown();
                      try {
                        release.await(30, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return new IllegalStateException("released");
                    }))
            .clock(TestApi.CLOCK)
            .build();
    server =
        RestApi.create(consortium, TestApi.KEYS)
            .maxConcurrentStorageRequests(2)
            .start("127.0.0.1", 0);
    api = TestApi.over(server);
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.close();
  }

  @Test
  void past_the_slots_a_database_route_is_503_at_once_and_the_others_keep_answering()
      throws Exception {
    // given two requests hanging in the database
    CompletableFuture<Response> first =
        CompletableFuture.supplyAsync(() -> api.get("/programmes", ADMIN_KEY));
    CompletableFuture<Response> second =
        CompletableFuture.supplyAsync(() -> api.get("/programmes", ADMIN_KEY));
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(300);

    // when
    long started = System.nanoTime();
    Response third = api.get("/programmes", ADMIN_KEY);
    long thirdMillis = (System.nanoTime() - started) / 1_000_000;
    Response document = api.get("/openapi.yaml", null);
    Response travel =
        api.get("/travel-grant?callYear=2016&from=58.39,13.85&to=53.55,9.99", ADMIN_KEY);

    // then
    assertThat(third.status()).isEqualTo(503);
    assertThat(third.json().path("code").asText()).isEqualTo("server-busy");
    assertThat(third.headers().firstValue("Retry-After")).isPresent();
    assertThat(thirdMillis).isLessThan(2_000);
    assertThat(document.status()).isEqualTo(200);
    assertThat(travel.status()).isEqualTo(200);
    release.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(500);
    assertThat(second.get(10, TimeUnit.SECONDS).status()).isEqualTo(500);
  }
}
