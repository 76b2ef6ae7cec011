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

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.csv.CsvDatasets;
import se.westum.consortium.jdbc.JdbcAdapter;

/**
 * The README's getting-started class: it prints the bundled figures, the README quotes it byte for
 * byte, and it compiles and runs with nothing but the four artifacts the README names.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GettingStartedTest {

  /** The file the README quotes (tests run in the module's directory). */
  static final Path SOURCE =
      Path.of("src/main/java/se/westum/consortium/examples/GettingStarted.java");

  static final Path README = Path.of("..", "README.md");
  static final String BEGIN = "<!-- getting-started:begin -->";
  static final String END = "<!-- getting-started:end -->";

  static final String MEMBERS = "2016: 31 paying members covering 39 municipalities";
  static final String COVERAGE = "coverage: 39 of 55 (70.9 %)";
  static final String BOARD = "board: 7 meetings + 2 strategy days = 9 sessions, 26 decisions";

  @TempDir Path directory;

  @Test
  void the_class_imports_the_bundled_dataset_and_prints_its_figures() throws Exception {
    // given
    Path dataset = Datasets.westum2016(directory, "westum-2016");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream standardOut = System.out;

    // when
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      GettingStarted.main(new String[] {dataset.toString()});
    } finally {
      System.setOut(standardOut);
    }

    // then
    assertThat(printed.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(MEMBERS, COVERAGE, BOARD);
  }

  @Test
  void the_readme_quotes_the_class_byte_for_byte() throws IOException {
    // given
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String file = Files.readString(SOURCE, StandardCharsets.UTF_8);

    // when
    String quoted = quoted(readme);

    // then
    assertThat(quoted).isEqualTo(file);
  }

  @Test
  void the_class_compiles_and_runs_with_only_the_four_artifacts_the_readme_names()
      throws Exception {
    // given: an empty project holding only the class, and the four artifacts with what they bring
    Path project = Files.createDirectories(directory.resolve("project"));
    Path source = Files.createDirectories(project.resolve("src")).resolve("GettingStarted.java");
    Files.copy(SOURCE, source);
    Path classes = Files.createDirectories(project.resolve("classes"));
    Path dataset = Datasets.westum2016(directory, "westum-2016");
    String classpath = String.join(File.pathSeparator, fourArtifacts());

    // when
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled;
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      compiled =
          compiler
              .getTask(
                  null,
                  files,
                  diagnostics,
                  List.of("--release", "17", "-classpath", classpath, "-d", classes.toString()),
                  null,
                  files.getJavaFileObjects(source))
              .call();
    }
    assertThat(compiled).as(diagnostics.getDiagnostics().toString()).isTrue();
    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classes + File.pathSeparator + classpath,
                "se.westum.consortium.examples.GettingStarted",
                dataset.toString())
            .directory(project.toFile())
            .redirectOutput(project.resolve("out.txt").toFile())
            .redirectError(project.resolve("err.txt").toFile())
            .start();
    boolean ended = run.waitFor(3, TimeUnit.MINUTES);
    if (!ended) {
      run.destroyForcibly();
    }

    // then
    String err = Files.readString(project.resolve("err.txt"));
    assertThat(ended).as("the run ended").isTrue();
    assertThat(run.exitValue()).as(err).isZero();
    assertThat(Files.readAllLines(project.resolve("out.txt")))
        .containsExactly(MEMBERS, COVERAGE, BOARD);
  }

  /** The java block between the README's markers. */
  static String quoted(String readme) {
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertThat(begin).as("the README marks the class with " + BEGIN).isNotNegative();
    assertThat(end).as("the README ends the class with " + END).isGreaterThan(begin);
    String block = readme.substring(begin + BEGIN.length(), end);
    String open = "\n```java\n";
    String close = "```\n";
    assertThat(block).startsWith(open).endsWith(close);
    return block.substring(open.length(), block.length() - close.length());
  }

  /**
   * consortium-core, consortium-jdbc, consortium-csv and com.h2database:h2, each with its runtime
   * dependencies as its module's build wrote them to {@code target/runtime-classpath.txt}, and
   * nothing else of this test's class path.
   */
  static List<String> fourArtifacts() throws IOException, URISyntaxException {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> type : List.of(Consortium.class, JdbcAdapter.class, CsvDatasets.class)) {
      Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      entries.add(location.toString());
      Path written = location.getParent().resolve("runtime-classpath.txt");
      assertThat(written).as("built by the module's maven-dependency-plugin execution").exists();
      for (String entry : Files.readString(written).strip().split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          entries.add(entry);
        }
      }
    }
    entries.add(
        Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString());
    return new ArrayList<>(entries);
  }
}
