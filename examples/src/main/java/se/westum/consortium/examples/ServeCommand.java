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

import com.zaxxer.hikari.HikariDataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.shared.PageRequest;
import se.westum.consortium.rest.ApiKey;
import se.westum.consortium.rest.ApiKeys;
import se.westum.consortium.rest.RateLimits;
import se.westum.consortium.rest.RestApi;
import se.westum.consortium.rest.RunningServer;

/** {@code consortium serve}: the REST API over the database, until Ctrl-C. */
@Command(
    name = "serve",
    header = "Serves the REST API.",
    description =
        "Serves the REST API over the database until Ctrl-C. Without --keys it makes a fresh"
            + " random key per role (the MEMBER key bound to the first member in the database)"
            + " and prints them once: they are kept nowhere else.")
final class ServeCommand extends ConsortiumCommand {

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(
      names = "--keys",
      paramLabel = "FILE",
      description =
          "CSV of accepted API keys with the header key_sha256,role,member: the hex SHA-256"
              + " of each key, ADMIN, BOARD or MEMBER, and the organisation number a MEMBER key"
              + " is bound to (empty for the other roles).")
  Path keys;

  @Option(
      names = "--rate-limit-auth",
      paramLabel = "N",
      description =
          "Failed authentications allowed per minute, per key and per client address; then 429"
              + " (default: $"
              + AUTH_LIMIT_VARIABLE
              + ", else 20; 0 turns the limit off).")
  Integer authLimit;

  @Option(
      names = "--rate-limit-writes",
      paramLabel = "N",
      description =
          "Writes allowed per minute, per key and per client address; then 429 (default: $"
              + WRITE_LIMIT_VARIABLE
              + ", else 600; 0 turns the limit off).")
  Integer writeLimit;

  @Mixin DatabaseOptions database;

  static final String AUTH_LIMIT_VARIABLE = "CONSORTIUM_RATE_LIMIT_AUTH";
  static final String WRITE_LIMIT_VARIABLE = "CONSORTIUM_RATE_LIMIT_WRITES";

  private final SecureRandom random = new SecureRandom();

  @Override
  int run() throws Exception {
    RunningServer server = start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "consortium-shutdown"));
    out().println("Press Ctrl-C to stop.");
    out().flush();
    // The server runs on its own threads; this one only waits for the JVM to shut down.
    new CountDownLatch(1).await();
    return OK;
  }

  /**
   * Starts the server and prints where it listens (and the demo keys, if it made them); the caller
   * closes it. Separate from {@link #run()} so tests can start a server without blocking.
   */
  RunningServer start() throws Exception {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, not " + port);
    }
    // Read the keys before opening the database: a bad keys file should cost nothing.
    Optional<List<ApiKey>> configured =
        keys == null ? Optional.empty() : Optional.of(KeysFile.read(keys));
    // one bounded pool for the life of the server: an H2 file stays open (and locked) meanwhile
    HikariDataSource pool = database.pool(spec, cli.environment());
    Consortium consortium;
    try {
      consortium = StoredConsortium.over(database.migrated(pool)).consortium();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    try {
      return start(consortium, configured, pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private RunningServer start(
      Consortium consortium, Optional<List<ApiKey>> configured, HikariDataSource pool) {
    List<DemoKeys.DemoKey> demoKeys = List.of();
    List<ApiKey> accepted;
    if (configured.isPresent()) {
      accepted = configured.get();
    } else {
      demoKeys = DemoKeys.generate(random, firstMember(consortium));
      accepted = demoKeys.stream().map(DemoKeys.DemoKey::apiKey).toList();
    }
    RunningServer server =
        RestApi.create(consortium, ApiKeys.of(accepted))
            .rateLimits(rateLimits())
            .reportRenderer(ReportRenderers.create())
            .start(host, port)
            .closing(pool);
    out().println("Consortium REST API listening on " + server.apiUri());
    out().println("OpenAPI document: " + server.apiUri().resolve("openapi.yaml"));
    out().println("Database: " + database.displayUrl());
    if (configured.isPresent()) {
      out().println("API keys: " + accepted.size() + " from " + keys);
    } else {
      printDemoKeys(demoKeys);
    }
    out()
        .println(
            "Try: curl -H 'Authorization: Bearer <key>' " + server.apiUri().resolve("members"));
    if (!isLoopback(host)) {
      out()
          .println(
              "Note: listening on " + host + ", not only on this machine; use TLS in front of it.");
    }
    out().flush();
    return server;
  }

  private RateLimits rateLimits() {
    return RateLimits.perMinute(
        limit("--rate-limit-auth", authLimit, AUTH_LIMIT_VARIABLE, 20),
        limit("--rate-limit-writes", writeLimit, WRITE_LIMIT_VARIABLE, 600));
  }

  private int limit(String option, Integer value, String variable, int fallback) {
    String fromEnvironment = cli.environment().get(variable);
    int limit;
    if (value != null) {
      limit = value;
    } else if (fromEnvironment == null || fromEnvironment.isBlank()) {
      limit = fallback;
    } else {
      try {
        limit = Integer.parseInt(fromEnvironment.strip());
      } catch (NumberFormatException e) {
        throw new ParameterException(spec.commandLine(), "$" + variable + " must be a number");
      }
    }
    if (limit < 0) {
      throw new ParameterException(spec.commandLine(), option + " must be 0 or more");
    }
    return limit;
  }

  private void printDemoKeys(List<DemoKeys.DemoKey> demoKeys) {
    out().println("Demo API keys (shown only now; they live in this process's memory alone):");
    for (DemoKeys.DemoKey key : demoKeys) {
      out()
          .printf(
              "  %-7s %s%s%n",
              key.role(),
              key.plaintext(),
              key.member().map(m -> "  (bound to member " + m + ")").orElse(""));
    }
    if (demoKeys.size() < 3) {
      out().println("  (no MEMBER key: the database has no member to bind it to)");
    }
  }

  private static Optional<String> firstMember(Consortium consortium) {
    return consortium.membership().list(PageRequest.first(1)).items().stream()
        .findFirst()
        .map(member -> member.organisationNumber().value());
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
