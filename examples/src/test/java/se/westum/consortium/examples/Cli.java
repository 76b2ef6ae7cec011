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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
final class Cli {

  private Cli() {}

  /** Runs {@code args} with an empty environment. */
  static Result run(String... args) {
    return run(Map.of(), args);
  }

  /** Runs {@code args} with the given environment variables. */
  static Result run(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = commandLine(environment, out, err);
    int exitCode = commandLine.execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  static CommandLine commandLine(
      Map<String, String> environment, StringWriter out, StringWriter err) {
    CommandLine commandLine = ConsortiumCli.commandLine(new ConsortiumCli(environment));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine;
  }

  /** A JDBC URL of a fresh H2 file database inside {@code directory}. */
  static String h2File(Path directory) {
    return "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath() + ";AUTO_SERVER=FALSE";
  }

  /**
   * What a run did.
   *
   * @param exitCode the exit code
   * @param out standard output
   * @param err standard error
   */
  record Result(int exitCode, String out, String err) {}
}
