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

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.westum.consortium.rest.ApiKey;
import se.westum.consortium.rest.RunningServer;

/**
 * The command line's {@code --format json} and the REST API answer the same figures in the same
 * bytes: the CLI prints the API's answer body and one line feed.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OneJsonTest {

  private static final String KEY = "one-json-admin-secret";

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
  void the_cli_prints_byte_for_byte_the_rest_body_of_every_figure() throws Exception {
    // given: each figure as a CLI command and as the REST path that answers it
    Map<List<String>, String> figures = new LinkedHashMap<>();
    figures.put(
        List.of("members", "--year", "2016", "--county", "14,13"),
        "/figures/membership?year=2016&county=14&county=13");
    figures.put(List.of("members", "--year", "2016"), "/figures/membership?year=2016");
    figures.put(List.of("governance", "--year", "2016"), "/figures/governance?year=2016");
    figures.put(List.of("projects", "--year", "2016"), "/projects?year=2016");
    figures.put(
        List.of("budget", "--project", "EPLUS-2015", "--at", "2017-03-31"),
        "/projects/EPLUS-2015/budget?at=2017-03-31");
    figures.put(
        List.of(
            "travel-grant",
            "--call-year",
            "2022",
            "--from",
            "57.7089,11.9746",
            "--to",
            "41.3874,2.1686",
            "--green"),
        "/travel-grant?callYear=2022&from=57.7089,11.9746&to=41.3874,2.1686&green=true");
    Map<List<String>, byte[]> printed = new LinkedHashMap<>();
    for (List<String> command : figures.keySet()) {
      printed.put(command, cli(command));
    }
    Path keys = directory.resolve("keys.csv");
    Files.writeString(
        keys, "key_sha256,role,member\n" + ApiKey.sha256Hex(KEY) + ",ADMIN,\n", UTF_8);

    // when
    Map<List<String>, byte[]> answered = new LinkedHashMap<>();
    try (RunningServer server = serve(keys)) {
      for (Map.Entry<List<String>, String> figure : figures.entrySet()) {
        answered.put(figure.getKey(), get(server, figure.getValue()));
      }
    }

    // then
    for (List<String> command : figures.keySet()) {
      byte[] body = answered.get(command);
      assertThat(new String(body, UTF_8)).as(String.join(" ", command)).matches("(?s)[{\\[].+");
      assertThat(printed.get(command)).as(String.join(" ", command)).isEqualTo(withLineFeed(body));
    }
  }

  @Test
  void percentages_are_strings_with_one_decimal_in_both() {
    // when
    Cli.Result result =
        Cli.run("members", "--year", "2016", "--county", "14,13", "--format", "json", "--db", db);

    // then
    assertThat(result.out()).contains("\"percent\":\"70.9\"");
  }

  @Test
  void without_a_county_neither_reports_a_coverage() {
    // when
    Cli.Result result = Cli.run("members", "--year", "2016", "--format", "json", "--db", db);

    // then
    assertThat(result.out()).contains("\"coverage\":null");
  }

  private static byte[] cli(List<String> command) {
    List<String> args = new java.util.ArrayList<>(command);
    args.addAll(List.of("--format", "json"));
    if (!command.get(0).equals("travel-grant")) {
      args.addAll(List.of("--db", db));
    }
    Cli.Result result = Cli.run(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result.out().getBytes(UTF_8);
  }

  private static RunningServer serve(Path keys) throws Exception {
    CommandLine commandLine = Cli.commandLine(Map.of(), new StringWriter(), new StringWriter());
    CommandLine.ParseResult parsed =
        commandLine.parseArgs("serve", "--db", db, "--port", "0", "--keys", keys.toString());
    return ((ServeCommand) parsed.subcommand().commandSpec().userObject()).start();
  }

  private static byte[] get(RunningServer server, String path) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(server.apiUri().resolve(path.substring(1)))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + KEY)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  private static byte[] withLineFeed(byte[] body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(body);
    bytes.write('\n');
    return bytes.toByteArray();
  }
}
