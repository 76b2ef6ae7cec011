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

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.westum.consortium.rest.ApiKey;

/** {@code serve} as an operator runs it: in a process of its own, beside others. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ServeOperationsTest {

  private static final String CANARY_KEY = "canary-key-5f1e0c9b7a3d";
  private static final String CANARY_NAME = "Kanarie Fågelsdotter";
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/api/v1/)");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path directory;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void a_second_process_importing_into_the_served_h2_file_is_told_the_database_is_in_use()
      throws Exception {
    // given
    String db = Cli.h2File(directory);
    Path keys = keysFile();
    try (ChildJvm serve =
        ChildJvm.start(List.of(), "serve", "--port", "0", "--keys", keys.toString(), "--db", db)) {
      assertThat(serve.awaitOutput("listening on", Duration.ofSeconds(60)))
          .as(serve.output())
          .isTrue();

      // when
      ChildJvm importing =
          ChildJvm.start(
              List.of(),
              "import",
              "--data",
              Datasets.westum2016(directory, "westum-2016").toString(),
              "--db",
              db);
      int exitCode = importing.exitCode(Duration.ofSeconds(60));

      // then
      assertThat(exitCode).as(importing.output()).isEqualTo(1);
      assertThat(importing.output())
          .contains("storage-unavailable")
          .contains("in use by another process");
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void at_debug_level_no_key_and_no_name_from_a_request_reaches_the_log() throws Exception {
    // given
    String db = Cli.h2File(directory);
    Path keys = keysFile();
    try (ChildJvm serve =
        ChildJvm.start(
            List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug"),
            "serve",
            "--port",
            "0",
            "--keys",
            keys.toString(),
            "--db",
            db)) {
      assertThat(serve.awaitOutput("listening on", Duration.ofSeconds(60)))
          .as(serve.output())
          .isTrue();
      Matcher listening = LISTENING.matcher(serve.output());
      assertThat(listening.find()).isTrue();
      URI api = URI.create(listening.group(1));

      // when: good and bad keys in both headers, bodies with a person's name, good and bad
      String board =
          """
          {"start":"2016-01-01","end":"2016-12-31","seats":[
            {"person":"P-1","name":"%s","role":"CHAIR"},
            {"person":"P-2","name":"%s","role":"TREASURER"}]}
          """
              .formatted(CANARY_NAME, CANARY_NAME);
      send(api, "board-terms/2016", "Authorization", "Bearer " + CANARY_KEY, board);
      send(api, "board-terms/2017", "X-API-Key", CANARY_KEY, "{\"name\":\"" + CANARY_NAME);
      send(api, "board-terms/2018", "Authorization", "Bearer " + CANARY_KEY + "x", board);
      send(api, "board-terms", "X-API-Key", CANARY_KEY, null);
      send(api, "no-such-path", "X-API-Key", CANARY_KEY, null);
      Thread.sleep(500);

      // then
      String log = serve.output();
      assertThat(log).as("debug logging was on").contains("DEBUG");
      assertThat(log).doesNotContain(CANARY_KEY).doesNotContain(CANARY_NAME);
      assertThat(log).doesNotContain("Fågelsdotter").doesNotContain("canary-key");
    }
  }

  private void send(URI api, String path, String header, String value, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header(header, value);
    request =
        body == null
            ? request.GET()
            : request
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
    http.send(request.build(), HttpResponse.BodyHandlers.discarding());
  }

  private Path keysFile() throws Exception {
    Path keys = directory.resolve("keys.csv");
    Files.writeString(
        keys, "key_sha256,role,member\n" + ApiKey.sha256Hex(CANARY_KEY) + ",ADMIN,\n", UTF_8);
    return keys;
  }
}
