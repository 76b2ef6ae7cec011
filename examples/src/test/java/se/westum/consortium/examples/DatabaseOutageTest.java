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

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.westum.consortium.examples.PooledServer.Answer;

/**
 * The server behind a proxy to PostgreSQL that stops relaying, like a hung database: the database
 * routes answer 503 within the configured timeouts while the routes without a database answer 200;
 * once the proxy relays again the server recovers by itself, with no more connections than its pool
 * holds.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DatabaseOutageTest {

  private static final Pattern HOST_PORT =
      Pattern.compile("^jdbc:postgresql://([^/:?]+)(?::(\\d+))?");
  private static final int POOL_SIZE = 4;
  private static final PoolSettings POOL =
      new PoolSettings(
          POOL_SIZE, Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(2));
  // connect or socket timeout, whichever a request meets, plus room for a loaded machine
  private static final Duration BOUND = Duration.ofSeconds(10);

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void a_hung_database_is_503_in_bounded_time_and_the_server_recovers_without_a_restart()
      throws Exception {
    String serverUrl = ScratchDatabase.serverUrl(ScratchDatabase.POSTGRES);
    Matcher target = HOST_PORT.matcher(serverUrl);
    assertThat(target.find()).as(serverUrl).isTrue();
    String host = target.group(1);
    int port = target.group(2) == null ? 5432 : Integer.parseInt(target.group(2));
    ExecutorService clients = Executors.newFixedThreadPool(40);
    try (ScratchDatabase database =
            ScratchDatabase.on(ScratchDatabase.POSTGRES, "consortium_srv_outage");
        PausableProxy proxy = new PausableProxy(host, port);
        PooledServer api =
            PooledServer.start(
                database.urlVia(target.replaceFirst("jdbc:postgresql://127.0.0.1:" + proxy.port())),
                POOL)) {
      String admin = PooledServer.ADMINS.get(0);
      assertThat(api.get("/programmes", admin).status()).isEqualTo(200);

      // when the database stops answering
      proxy.pause();
      long started = System.nanoTime();
      List<Future<Answer>> during = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        during.add(clients.submit(() -> api.get("/programmes", admin)));
      }
      Answer document = api.get("/openapi.yaml", null);
      long documentMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> answer : during) {
        answers.add(answer.get(60, TimeUnit.SECONDS));
      }
      Duration allAnswered = Duration.ofNanos(System.nanoTime() - started);

      // then
      assertThat(document.status()).isEqualTo(200);
      assertThat(documentMillis).isLessThan(2_000);
      assertThat(answers)
          .allSatisfy(
              answer -> {
                assertThat(answer.status()).as(answer.body()).isEqualTo(503);
                assertThat(answer.response().headers().firstValue("Retry-After")).isPresent();
                assertThat(answer.response().headers().firstValue("Content-Type"))
                    .hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
              });
      assertThat(allAnswered).isLessThan(BOUND);

      // when the database answers again
      proxy.resume();
      Answer recovered = api.get("/programmes", admin);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (recovered.status() != 200 && System.nanoTime() < deadline) {
        Thread.sleep(200);
        recovered = api.get("/programmes", admin);
      }
      proxy.resetMost();
      List<Future<Answer>> burst = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        burst.add(clients.submit(() -> api.get("/programmes", admin)));
      }
      List<Integer> burstStatuses = new ArrayList<>();
      for (Future<Answer> answer : burst) {
        burstStatuses.add(answer.get(60, TimeUnit.SECONDS).status());
      }

      // then
      assertThat(recovered.status()).as(recovered.body()).isEqualTo(200);
      assertThat(burstStatuses).containsOnly(200);
      assertThat(proxy.mostOpen()).isLessThanOrEqualTo(POOL_SIZE);
      System.out.printf(
          "[outage] 30 requests answered 503 in %d ms (bound %d ms); openapi.yaml in %d ms;"
              + " after resume at most %d connections open (pool %d)%n",
          allAnswered.toMillis(), BOUND.toMillis(), documentMillis, proxy.mostOpen(), POOL_SIZE);
    } finally {
      clients.shutdownNow();
    }
  }
}
