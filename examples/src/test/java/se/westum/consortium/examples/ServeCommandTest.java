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

import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.westum.consortium.rest.ApiKey;
import se.westum.consortium.rest.RunningServer;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ServeCommandTest {

  private static final String BORAS = "212000-1017";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  // Read-only tests: one database for the class keeps them quick.
  @TempDir static Path directory;

  private static String db;

  @BeforeAll
  static void a_database_with_the_westum_dataset() throws Exception {
    db = Cli.h2File(directory);
    Cli.Result imported =
        Cli.run(
            "import",
            "--data",
            Datasets.westum2016(directory, "westum-2016").toString(),
            "--db",
            db);
    assertThat(imported.exitCode()).as(imported.err()).isZero();
  }

  @Test
  void a_key_from_the_keys_file_reads_a_member_and_no_key_is_refused() throws Exception {
    // given
    Path keys = directory.resolve("good-keys.csv");
    Files.writeString(
        keys, "key_sha256,role,member\n" + ApiKey.sha256Hex("board-secret") + ",BOARD,\n", UTF_8);
    StringWriter out = new StringWriter();

    // when
    try (RunningServer server =
        start(out, "serve", "--db", db, "--port", "0", "--keys", keys.toString())) {
      HttpResponse<String> withKey = get(server, "/members/" + BORAS, "board-secret");
      HttpResponse<String> withoutKey = get(server, "/members/" + BORAS, null);

      // then
      assertThat(withKey.statusCode()).as(withKey.body()).isEqualTo(200);
      assertThat(withKey.body()).contains(BORAS);
      assertThat(withoutKey.statusCode()).isEqualTo(401);
    }
    assertThat(out.toString())
        .contains("listening on http://127.0.0.1:")
        .contains("API keys: 1 from " + keys)
        .doesNotContain("board-secret");
  }

  @Test
  void without_a_keys_file_it_prints_a_fresh_key_per_role_once() throws Exception {
    // given
    StringWriter out = new StringWriter();

    // when
    try (RunningServer server = start(out, "serve", "--db", db, "--port", "0")) {
      Map<String, String> printed = printedKeys(out.toString());
      HttpResponse<String> admin = get(server, "/members/" + BORAS, printed.get("ADMIN"));
      HttpResponse<String> member = get(server, "/members/" + BORAS, printed.get("MEMBER"));
      HttpResponse<String> otherMember = get(server, "/members/212000-1660", printed.get("MEMBER"));

      // then
      assertThat(printed).containsOnlyKeys("ADMIN", "BOARD", "MEMBER");
      assertThat(printed.values()).doesNotHaveDuplicates().allMatch(k -> k.length() == 43);
      assertThat(out.toString()).contains("(bound to member 212000-1017)");
      assertThat(admin.statusCode()).isEqualTo(200);
      assertThat(member.statusCode()).isEqualTo(200);
      assertThat(otherMember.statusCode()).isEqualTo(404);
    }
  }

  @Test
  void a_keys_file_with_bad_lines_reports_each_and_starts_nothing() throws Exception {
    // given
    Path keys = directory.resolve("bad-keys.csv");
    Files.writeString(
        keys, "key_sha256,role,member\nplaintext-key,ADMIN,\n" + "a".repeat(64) + ",GOD,\n", UTF_8);

    // when
    Cli.Result result = Cli.run("serve", "--db", db, "--port", "0", "--keys", keys.toString());

    // then
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .contains(keys + ":2: key_sha256 must be 64 hexadecimal digits")
        .contains(keys + ":3: role 'GOD' is not one of ADMIN, BOARD, MEMBER")
        .contains("error: invalid-keys-file: 2 problem(s)")
        .doesNotContain("\tat ");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void a_port_out_of_range_is_a_usage_error() {
    // when
    Cli.Result result = Cli.run("serve", "--db", db, "--port", "70000");

    // then
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--port must be 0 to 65535");
  }

  private static RunningServer start(StringWriter out, String... args) throws Exception {
    CommandLine commandLine = Cli.commandLine(Map.of(), out, new StringWriter());
    CommandLine.ParseResult parsed = commandLine.parseArgs(args);
    ServeCommand serve = (ServeCommand) parsed.subcommand().commandSpec().userObject();
    return serve.start();
  }

  private HttpResponse<String> get(RunningServer server, String path, String key) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.apiUri().resolve(path.substring(1)))
            .timeout(Duration.ofSeconds(10))
            .GET();
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> printedKeys(String out) {
    Map<String, String> keys = new java.util.HashMap<>();
    Matcher matcher = Pattern.compile("(?m)^  (ADMIN|BOARD|MEMBER) +([A-Za-z0-9_-]+)").matcher(out);
    while (matcher.find()) {
      keys.put(matcher.group(1), matcher.group(2));
    }
    return keys;
  }
}
