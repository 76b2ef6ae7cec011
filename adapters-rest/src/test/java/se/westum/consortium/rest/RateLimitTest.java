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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.rest.TestApi.Response;
import se.westum.consortium.testing.InMemoryStorage;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RateLimitTest {

  private final AtomicLong nanos = new AtomicLong();
  private RunningServer server;
  private TestApi api;

  @BeforeEach
  void start_with_three_failed_authentications_and_five_writes_a_minute() {
    Consortium consortium =
        Consortium.builder().storage(new InMemoryStorage()).clock(TestApi.CLOCK).build();
    server =
        RestApi.create(consortium, TestApi.KEYS)
            .rateLimits(RateLimits.perMinute(3, 5).withClock(nanos::get))
            .start("127.0.0.1", 0);
    api = new TestApiOver(server).api();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void past_the_limit_of_failed_authentications_the_answer_is_429_even_with_a_good_key() {
    // when
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      statuses.add(api.get("/members", "wrong-key-" + i).status());
    }
    Response good = api.get("/members", ADMIN_KEY);

    // then
    assertThat(statuses).containsExactly(401, 401, 401, 429);
    assertThat(good.status()).isEqualTo(429);
    assertThat(good.contentType()).startsWith("application/problem+json");
    assertThat(good.json().path("code").asText()).isEqualTo("too-many-requests");
    assertThat(good.headers().firstValue("Retry-After")).contains("20");
  }

  @Test
  void failed_authentications_are_forgiven_as_the_minute_passes() {
    // given
    for (int i = 0; i < 4; i++) {
      api.get("/members", "wrong-key-" + i);
    }

    // when
    nanos.addAndGet(20_000_000_000L);

    // then
    assertThat(api.get("/members", ADMIN_KEY).status()).isEqualTo(200);
  }

  @Test
  void past_the_limit_of_writes_a_key_gets_429_and_may_still_read() {
    // when
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      statuses.add(api.put("/programmes/P-" + i, ADMIN_KEY, ProjectBodies.PROGRAMME).status());
    }

    // then
    assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429);
    assertThat(api.get("/programmes", BOARD_KEY).status()).isEqualTo(200);
  }

  @Test
  void the_openapi_document_is_never_limited() {
    // given
    for (int i = 0; i < 4; i++) {
      api.get("/members", "wrong-key-" + i);
    }

    // then
    assertThat(api.get("/openapi.yaml", null).status()).isEqualTo(200);
  }

  /** A {@link TestApi} view of a server started with other settings. */
  private record TestApiOver(RunningServer server) {
    TestApi api() {
      return TestApi.over(server);
    }
  }
}
