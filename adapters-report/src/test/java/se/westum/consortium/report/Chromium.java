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
package se.westum.consortium.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium, run once per page as a separate process with a fresh profile and no
 * network features, its log on standard error (where the page's console messages appear as {@code
 * CONSOLE} lines).
 */
public final class Chromium {

  private static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--enable-logging=stderr",
          "--v=0");

  private final Path executable;

  private Chromium(Path executable) {
    this.executable = executable;
  }

  /**
   * The browser on this machine ({@code CONSORTIUM_TEST_BROWSER}, else {@code chromium} or {@code
   * chromium-browser} on the PATH); without one the test is skipped with a message, or fails when
   * {@code CONSORTIUM_TEST_REQUIRE_BROWSER=true} (CI).
   */
  public static Chromium required() {
    Optional<Path> found = find();
    if (found.isEmpty()) {
      String message =
          "no Chromium found (install Debian's chromium, or set CONSORTIUM_TEST_BROWSER)";
      if ("true".equalsIgnoreCase(System.getenv("CONSORTIUM_TEST_REQUIRE_BROWSER"))) {
        Assertions.fail(message + " and CONSORTIUM_TEST_REQUIRE_BROWSER=true");
      }
      Assumptions.abort(message + ": browser test skipped");
    }
    return new Chromium(found.get());
  }

  private static Optional<Path> find() {
    String configured = System.getenv("CONSORTIUM_TEST_BROWSER");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(Files::isExecutable);
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** What one run printed: its log lines and the page's console messages among them. */
  public record Run(int exitCode, List<String> log) {
    public List<String> consoleMessages() {
      return log.stream().filter(l -> l.contains(":CONSOLE")).toList();
    }
  }

  /**
   * Opens {@code page} and does {@code action} ({@code --screenshot=...}, {@code
   * --print-to-pdf=...}).
   */
  public Run run(Path page, Path work, String... action) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "profile");
    Path log = work.resolve("chromium-" + System.nanoTime() + ".log");
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + profile);
    command.addAll(List.of(action));
    command.add(page.toUri().toString());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Assertions.fail("Chromium did not finish within 120 s");
    }
    return new Run(process.exitValue(), Files.readAllLines(log, StandardCharsets.UTF_8));
  }
}
