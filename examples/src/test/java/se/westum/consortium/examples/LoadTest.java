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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.westum.consortium.examples.PooledServer.Answer;

/**
 * A bounded load on loopback: 32 clients, mixed reads and writes, on PostgreSQL through the pooled
 * server. No error but a 409 where two writes really met; throughput and latencies go to the test
 * report. {@code -Dconsortium.load.seconds=} sets the length (30 by default).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LoadTest {

  private static final int SECONDS = Integer.getInteger("consortium.load.seconds", 30);
  private static final int CLIENTS = 32;

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void thirty_two_clients_reading_and_writing_meet_no_error_but_real_conflicts() throws Exception {
    try (ScratchDatabase database =
            ScratchDatabase.on(ScratchDatabase.POSTGRES, "consortium_srv_load");
        PooledServer api = PooledServer.start(database.url(), PoolSettings.DEFAULTS)) {
      // given
      api.recordMembersAndAnErasmusProject();
      String admin = PooledServer.ADMINS.get(0);
      Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
      List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
      List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
      long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

      // when
      List<Future<?>> running = new ArrayList<>();
      for (int client = 0; client < CLIENTS; client++) {
        int me = client;
        running.add(
            clients.submit(
                () -> {
                  long[] mine = new long[1_000_000];
                  int n = 0;
                  for (int i = 0; System.nanoTime() < end && n < mine.length; i++) {
                    long started = System.nanoTime();
                    boolean write = i % 10 < 3;
                    Answer answer =
                        switch (i % 10) {
                          case 0 ->
                              api.put(
                                  "/mobilities/M-" + me + "-" + (i % 20),
                                  admin,
                                  PooledServer.mobility(PooledServer.ORGANISATION_A, "L-" + me));
                          case 1 ->
                              // every client writes the same few programmes: real conflicts
                              api.put(
                                  "/programmes/P-" + (i % 3),
                                  PooledServer.ADMINS.get(me % 4),
                                  "{\"name\":\"P " + me + "\",\"kind\":\"ERASMUS_PLUS_KA1\"}");
                          case 2 ->
                              api.put(
                                  "/mobilities/M-SHARED-" + (i % 5),
                                  admin,
                                  PooledServer.mobility(PooledServer.ORGANISATION_B, "L-S"));
                          case 3, 4 -> api.get("/programmes", admin);
                          case 5, 6 -> api.get("/projects/EPLUS-2015", admin);
                          case 7 -> api.get("/projects/EPLUS-2015/mobilities", admin);
                          case 8 -> api.get("/members/" + PooledServer.ORGANISATION_A, admin);
                          default -> api.get("/projects/EPLUS-2015/budget?at=2016-12-31", admin);
                        };
                    mine[n++] = System.nanoTime() - started;
                    statuses
                        .computeIfAbsent(answer.status(), s -> new AtomicInteger())
                        .incrementAndGet();
                    if (answer.status() != 200 && !(write && answer.status() == 409)) {
                      unexpected.add(answer.status() + " " + answer.body());
                    }
                  }
                  long[] done = new long[n];
                  System.arraycopy(mine, 0, done, 0, n);
                  latencies.add(done);
                }));
      }
      for (Future<?> client : running) {
        client.get(SECONDS + 120L, TimeUnit.SECONDS);
      }
      clients.shutdown();

      // then
      long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
      double perSecond = all.length / (double) SECONDS;
      System.out.printf(
          "[load] %d s, %d clients, pool %d: %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms;"
              + " statuses %s%n",
          SECONDS,
          CLIENTS,
          PoolSettings.DEFAULTS.size(),
          all.length,
          perSecond,
          all[all.length / 2] / 1e6,
          all[(int) (all.length * 0.99)] / 1e6,
          statuses);
      assertThat(unexpected).as("answers other than 200, and 409 to writes").isEmpty();
      assertThat(all.length).isPositive();
    }
  }
}
