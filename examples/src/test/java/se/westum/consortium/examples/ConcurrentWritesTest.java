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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.westum.consortium.examples.PooledServer.Answer;

/**
 * Real threads racing to create the same new id through the REST API on PostgreSQL and MariaDB,
 * with create-only {@code PUT}s ({@code If-None-Match: *}): each round ends with exactly one
 * winner; the others get 409 naming the record (or, for a {@code MEMBER} losing to another
 * organisation, the 403 it gets for any id it may not claim), never a 400, a 500 or a replace.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConcurrentWritesTest {

  private static final int ROUNDS = Integer.getInteger("consortium.race.rounds", 50);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PoolSettings POOL =
      new PoolSettings(8, Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(15));

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {ScratchDatabase.POSTGRES, ScratchDatabase.MARIADB})
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void two_members_racing_to_create_one_new_mobility_id_leave_exactly_one_winner(String variable)
      throws Exception {
    try (ScratchDatabase database = ScratchDatabase.on(variable, "consortium_srv_race");
        PooledServer api = PooledServer.start(database.url(), POOL)) {
      // given
      api.recordMembersAndAnErasmusProject();
      ExecutorService threads = Executors.newFixedThreadPool(2);
      int raced = 0;
      try {
        for (int round = 1; round <= ROUNDS; round++) {
          String id = "M-RACE-" + round;
          CyclicBarrier start = new CyclicBarrier(2);

          // when
          Future<Answer> a =
              threads.submit(
                  () -> {
                    start.await();
                    return api.putNew(
                        "/mobilities/" + id,
                        PooledServer.MEMBER_A,
                        PooledServer.mobility(PooledServer.ORGANISATION_A, "L-A"));
                  });
          Future<Answer> b =
              threads.submit(
                  () -> {
                    start.await();
                    return api.putNew(
                        "/mobilities/" + id,
                        PooledServer.MEMBER_B,
                        PooledServer.mobility(PooledServer.ORGANISATION_B, "L-B"));
                  });
          Answer first = a.get(60, TimeUnit.SECONDS);
          Answer second = b.get(60, TimeUnit.SECONDS);

          // then: one winner; the loser met the stored foreign mobility (403, as for any id it
          // may not claim), lost at the unique key (409 naming the mobility) or, on PostgreSQL,
          // lost at the project's budget revision that every write to its mobilities replaces
          // (409, read again and retry)
          int round0 = round;
          assertThat(List.of(first, second))
              .as("round %d: %s / %s", round, first.body(), second.body())
              .filteredOn(answer -> answer.status() == 200)
              .hasSize(1);
          Answer loser = first.status() == 200 ? second : first;
          assertThat(loser.status()).as("round %d: %s", round0, loser.body()).isIn(403, 409);
          if (loser.status() == 409) {
            raced++;
            assertThat(problem(loser).path("code").asText()).isEqualTo("concurrent-change");
            assertThat(problem(loser).path("detail").asText())
                .satisfiesAnyOf(
                    detail -> assertThat(detail).contains("'" + id + "'"),
                    detail ->
                        assertThat(detail)
                            .isEqualTo(
                                "another change to the same records ran at the same time; read"
                                    + " them again and retry"));
          }
          String winner =
              first.status() == 200 ? PooledServer.ORGANISATION_A : PooledServer.ORGANISATION_B;
          Answer stored = api.get("/mobilities/" + id, PooledServer.ADMINS.get(0));
          assertThat(JSON.readTree(stored.body()).path("sendingMember").asText())
              .as("round %d: the stored mobility is the winner's", round)
              .isEqualTo(winner);
        }
      } finally {
        threads.shutdownNow();
      }
      System.out.printf(
          "[race] %s: %d rounds of two members, one winner each, %d lost at the unique key%n",
          variable, ROUNDS, raced);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {ScratchDatabase.POSTGRES, ScratchDatabase.MARIADB})
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void four_admins_racing_to_create_one_new_programme_id_get_one_200_and_three_409(String variable)
      throws Exception {
    try (ScratchDatabase database = ScratchDatabase.on(variable, "consortium_srv_race");
        PooledServer api = PooledServer.start(database.url(), POOL)) {
      // given
      ExecutorService threads = Executors.newFixedThreadPool(4);
      int raced = 0;
      try {
        for (int round = 1; round <= ROUNDS; round++) {
          String id = "PR-RACE-" + round;
          CyclicBarrier start = new CyclicBarrier(4);

          // when
          List<Future<Answer>> answers = new ArrayList<>();
          for (int admin = 0; admin < 4; admin++) {
            String key = PooledServer.ADMINS.get(admin);
            String name = "Programme of admin " + (admin + 1);
            answers.add(
                threads.submit(
                    () -> {
                      start.await();
                      return api.putNew(
                          "/programmes/" + id,
                          key,
                          "{\"name\":\"" + name + "\",\"kind\":\"ERASMUS_PLUS_KA1\"}");
                    }));
          }
          List<Answer> done = new ArrayList<>();
          for (Future<Answer> answer : answers) {
            done.add(answer.get(60, TimeUnit.SECONDS));
          }

          // then: exactly one 200, three 409 naming the programme, whichever way each lost
          int round0 = round;
          List<Answer> winners = done.stream().filter(answer -> answer.status() == 200).toList();
          assertThat(winners).as("round %d: %s", round0, bodies(done)).hasSize(1);
          List<Answer> losers = done.stream().filter(answer -> answer.status() != 200).toList();
          assertThat(losers)
              .as("round %d", round0)
              .allSatisfy(
                  answer -> {
                    assertThat(answer.status()).as(answer.body()).isEqualTo(409);
                    JsonNode problem = problem(answer);
                    assertThat(problem.path("code").asText())
                        .isIn("already-recorded", "concurrent-change");
                    assertThat(problem.path("detail").asText()).contains("'" + id + "'");
                  });
          raced +=
              (int)
                  losers.stream()
                      .filter(l -> problem(l).path("code").asText().equals("concurrent-change"))
                      .count();
          // the stored programme is the winner's, whole
          String winnerName = JSON.readTree(winners.get(0).body()).path("name").asText();
          assertThat(
                  JSON
                      .readTree(api.get("/programmes", PooledServer.ADMINS.get(0)).body())
                      .findParents("id")
                      .stream()
                      .filter(p -> p.path("id").asText().equals(id))
                      .map(p -> p.path("name").asText())
                      .toList())
              .containsExactly(winnerName);
        }
      } finally {
        threads.shutdownNow();
      }
      System.out.printf(
          "[race] %s: %d rounds of four admins, one 200 and three 409 each; %d of the 409 lost at"
              + " the unique key, the rest found the winner's record%n",
          variable, ROUNDS, raced);
    }
  }

  private static JsonNode problem(Answer answer) {
    try {
      return JSON.readTree(answer.body());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + answer.body(), e);
    }
  }

  private static List<String> bodies(List<Answer> answers) {
    return answers.stream().map(a -> a.status() + " " + a.body()).toList();
  }
}
