package se.westum.consortium.examples;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Real threads racing for the same new id through the REST API on PostgreSQL and MariaDB: each
 * round ends with one winner, the others get an honest 403 or 409, never a 400, a 500 or a silent
 * replace of another member's record.
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
  void two_members_racing_for_one_new_mobility_id_leave_exactly_one_winner(String variable)
      throws Exception {
    try (ScratchDatabase database = ScratchDatabase.on(variable, "consortium_srv_race");
        PooledServer api = PooledServer.start(database.url(), POOL)) {
      // given
      api.recordMembersAndAnErasmusProject();
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        for (int round = 1; round <= ROUNDS; round++) {
          String id = "M-RACE-" + round;
          CyclicBarrier start = new CyclicBarrier(2);

          // when
          Future<Answer> a =
              threads.submit(
                  () -> {
                    start.await();
                    return api.put(
                        "/mobilities/" + id,
                        PooledServer.MEMBER_A,
                        PooledServer.mobility(PooledServer.ORGANISATION_A, "L-A"));
                  });
          Future<Answer> b =
              threads.submit(
                  () -> {
                    start.await();
                    return api.put(
                        "/mobilities/" + id,
                        PooledServer.MEMBER_B,
                        PooledServer.mobility(PooledServer.ORGANISATION_B, "L-B"));
                  });
          Answer first = a.get(60, TimeUnit.SECONDS);
          Answer second = b.get(60, TimeUnit.SECONDS);

          // then
          List<Integer> statuses = List.of(first.status(), second.status());
          assertThat(statuses)
              .as("round %d: %s / %s", round, first.body(), second.body())
              .containsOnlyOnce(200)
              .allMatch(status -> status == 200 || status == 403 || status == 409);
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
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {ScratchDatabase.POSTGRES, ScratchDatabase.MARIADB})
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void four_admins_racing_for_one_new_programme_id_get_200_or_409_and_never_400(String variable)
      throws Exception {
    try (ScratchDatabase database = ScratchDatabase.on(variable, "consortium_srv_race");
        PooledServer api = PooledServer.start(database.url(), POOL)) {
      // given
      ExecutorService threads = Executors.newFixedThreadPool(4);
      int conflicts = 0;
      int loneWinners = 0;
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
                      return api.put(
                          "/programmes/" + id,
                          key,
                          "{\"name\":\"" + name + "\",\"kind\":\"ERASMUS_PLUS_KA1\"}");
                    }));
          }
          List<Answer> done = new ArrayList<>();
          for (Future<Answer> answer : answers) {
            done.add(answer.get(60, TimeUnit.SECONDS));
          }

          // then
          int round0 = round;
          assertThat(done)
              .as("round %d", round0)
              .allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isIn(200, 409))
              .anySatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
          long winners = done.stream().filter(answer -> answer.status() == 200).count();
          conflicts += (int) (4 - winners);
          loneWinners += winners == 1 ? 1 : 0;
          // the stored programme is exactly one of the bodies answered 200: no mix of two
          String stored =
              JSON
                      .readTree(api.get("/programmes", PooledServer.ADMINS.get(0)).body())
                      .findValues("id")
                      .stream()
                      .anyMatch(node -> node.asText().equals(id))
                  ? id
                  : "";
          assertThat(stored).isEqualTo(id);
        }
      } finally {
        threads.shutdownNow();
      }
      System.out.printf(
          "[race] %s: %d rounds of four admins, %d with one 200 and three 409, %d answers 409%n",
          variable, ROUNDS, loneWinners, conflicts);
      assertThat(conflicts).as("the races met at the database at least once").isPositive();
    }
  }
}
