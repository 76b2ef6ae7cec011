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

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code consortium} command line: a demo over the bundled Westum 2016 dataset, CSV import and
 * export, the membership and governance figures of a year, its projects, Erasmus+ budgets and
 * travel grants, and the REST API. Every data command works against a JDBC database ({@code --db});
 * without one it uses an embedded H2 file database under {@code ./consortium-data/}, so nothing
 * needs a server. {@code demo} and {@code travel-grant} use a private in-memory database.
 *
 * <p>Exit codes: 0 success, 1 bad input or a domain error (one line per error on standard error), 2
 * usage error.
 */
@Command(
    name = "consortium",
    mixinStandardHelpOptions = true,
    // every command gets --help, --version and the exit code list
    scope = ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description =
        "Keeps a municipal consortium's membership, governance and project records: imports and"
            + " exports CSV datasets, computes the membership and governance figures of a year,"
            + " lists its projects, computes Erasmus+ travel grants and budget consumption, and"
            + " serves the REST API.",
    subcommands = {
      DemoCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      MembersCommand.class,
      GovernanceCommand.class,
      ProjectsCommand.class,
      BudgetCommand.class,
      NeedsCommand.class,
      ComplianceCommand.class,
      ReportCommand.class,
      TravelGrantCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:bad input or a domain error (one line each on standard error)",
      "2:usage error"
    })
public final class ConsortiumCli implements Callable<Integer> {

  private static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";

  @Spec CommandSpec spec;

  private final Map<String, String> environment;

  /** A command line that takes database credentials from the process environment. */
  public ConsortiumCli() {
    this(System.getenv());
  }

  ConsortiumCli(Map<String, String> environment) {
    this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
  }

  /**
   * Runs one command and exits the JVM with its exit code.
   *
   * @param args the command line, for example {@code demo} or {@code members --year 2016}
   */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging, which would pick java.util.logging and
    // print INFO lines; route it to SLF4J, configured for warnings only.
    if (System.getProperty(JBOSS_LOGGING_PROVIDER) == null) {
      System.setProperty(JBOSS_LOGGING_PROVIDER, "slf4j");
    }
    Charset charset = terminalCharset();
    CommandLine commandLine = commandLine(new ConsortiumCli());
    commandLine.setOut(writer(System.out, charset));
    commandLine.setErr(writer(System.err, charset));
    System.exit(commandLine.execute(args));
  }

  /**
   * The command line over {@code cli}, with the converters and the usage-error handler that explain
   * a bad value in words.
   */
  static CommandLine commandLine(ConsortiumCli cli) {
    return OptionValues.configure(new CommandLine(cli));
  }

  /** Without a command there is nothing to do: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "Missing command: choose one of demo, import, export, members, governance, projects,"
            + " budget, needs, compliance, travel-grant, serve");
  }

  /**
   * The environment that supplies {@code CONSORTIUM_DB_USER} and {@code CONSORTIUM_DB_PASSWORD}.
   */
  Map<String, String> environment() {
    return environment;
  }

  private static PrintWriter writer(PrintStream stream, Charset charset) {
    return new PrintWriter(new OutputStreamWriter(stream, charset), true);
  }

  // County names have å, ä and ö: a terminal left at plain ASCII (Java 17 under LANG=C) would
  // show question marks, so fall back to UTF-8, which every current terminal understands.
  private static Charset terminalCharset() {
    String declared = System.getProperty("stdout.encoding");
    Charset charset = Charset.defaultCharset();
    if (declared != null && Charset.isSupported(declared)) {
      charset = Charset.forName(declared);
    } else if (System.console() != null) {
      charset = System.console().charset();
    }
    return charset.newEncoder().canEncode("äåö") ? charset : StandardCharsets.UTF_8;
  }
}
