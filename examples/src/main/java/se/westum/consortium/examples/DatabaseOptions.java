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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.jdbc.JdbcAdapter;

/** The database options every data command shares, and the core wired over that database. */
final class DatabaseOptions {

  /** An embedded H2 file database in the working directory: nothing needs a server. */
  static final String DEFAULT_URL = "jdbc:h2:file:./consortium-data/consortium;AUTO_SERVER=FALSE";

  static final String USER_VARIABLE = "CONSORTIUM_DB_USER";
  static final String PASSWORD_VARIABLE = "CONSORTIUM_DB_PASSWORD";
  static final String POOL_SIZE_VARIABLE = "CONSORTIUM_DB_POOL_SIZE";
  static final String CONNECT_TIMEOUT_VARIABLE = "CONSORTIUM_DB_CONNECT_TIMEOUT";
  static final String SOCKET_TIMEOUT_VARIABLE = "CONSORTIUM_DB_SOCKET_TIMEOUT";
  static final String STATEMENT_TIMEOUT_VARIABLE = "CONSORTIUM_DB_STATEMENT_TIMEOUT";

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      defaultValue = DEFAULT_URL,
      description = {
        "JDBC URL of an H2, PostgreSQL or MariaDB database (jdbc:h2:..., jdbc:postgresql://...,"
            + " jdbc:mariadb://...).",
        "Default: ${DEFAULT-VALUE}"
      })
  String url;

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      description = "Database user (default: $" + USER_VARIABLE + ", else the URL's).")
  String user;

  @Option(
      names = "--db-password",
      paramLabel = "PASSWORD",
      description = "Database password (default: $" + PASSWORD_VARIABLE + ", else the URL's).")
  String password;

  @Option(
      names = "--db-pool-size",
      paramLabel = "N",
      description =
          "serve: the most database connections open at once (default: $"
              + POOL_SIZE_VARIABLE
              + ", else 10).")
  Integer poolSize;

  @Option(
      names = "--db-connect-timeout",
      paramLabel = "SECONDS",
      description =
          "serve: the longest wait to connect, and for a free pooled connection, before a request"
              + " answers 503 (default: $"
              + CONNECT_TIMEOUT_VARIABLE
              + ", else 5).")
  Integer connectTimeout;

  @Option(
      names = "--db-socket-timeout",
      paramLabel = "SECONDS",
      description =
          "serve: the longest wait for any answer of the database on an open connection"
              + " (default: $"
              + SOCKET_TIMEOUT_VARIABLE
              + ", else 30).")
  Integer socketTimeout;

  @Option(
      names = "--db-statement-timeout",
      paramLabel = "SECONDS",
      description =
          "serve: the longest a statement may run in the database (default: $"
              + STATEMENT_TIMEOUT_VARIABLE
              + ", else 15).")
  Integer statementTimeout;

  /**
   * The bounded pool {@code serve} runs on (see {@link DataSources#pooled}); the caller closes it.
   *
   * @throws ParameterException if the URL is not for a supported database or a setting is out of
   *     range (a usage error)
   */
  HikariDataSource pool(CommandSpec spec, Map<String, String> environment) throws SQLException {
    try {
      return DataSources.pooled(
          url,
          choose(user, environment.get(USER_VARIABLE)),
          choose(password, environment.get(PASSWORD_VARIABLE)),
          poolSettings(spec, environment));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The pool's settings: options first, then the environment, then the defaults. */
  PoolSettings poolSettings(CommandSpec spec, Map<String, String> environment) {
    PoolSettings defaults = PoolSettings.DEFAULTS;
    return new PoolSettings(
        number(spec, "--db-pool-size", poolSize, environment.get(POOL_SIZE_VARIABLE))
            .orElse(defaults.size()),
        seconds(spec, "--db-connect-timeout", connectTimeout, environment, CONNECT_TIMEOUT_VARIABLE)
            .orElse(defaults.connectTimeout()),
        seconds(spec, "--db-socket-timeout", socketTimeout, environment, SOCKET_TIMEOUT_VARIABLE)
            .orElse(defaults.socketTimeout()),
        seconds(
                spec,
                "--db-statement-timeout",
                statementTimeout,
                environment,
                STATEMENT_TIMEOUT_VARIABLE)
            .orElse(defaults.statementTimeout()));
  }

  private static Optional<Duration> seconds(
      CommandSpec spec,
      String option,
      Integer value,
      Map<String, String> environment,
      String variable) {
    return number(spec, option, value, environment.get(variable)).map(Duration::ofSeconds);
  }

  private static Optional<Integer> number(
      CommandSpec spec, String option, Integer value, String variable) {
    if (value != null) {
      return Optional.of(value);
    }
    if (variable == null || variable.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(variable.strip()));
    } catch (NumberFormatException e) {
      throw new ParameterException(
          spec.commandLine(), option + "'s variable must be a whole number");
    }
  }

  /**
   * The core over this database; the JDBC adapter creates or upgrades its tables first.
   *
   * @throws ParameterException if the URL is not for a supported database (a usage error)
   */
  Consortium open(CommandSpec spec, Map<String, String> environment) throws SQLException {
    Optional<Path> file = h2File(url);
    if (file.isPresent() && !Files.exists(file.get())) {
      // a read of a database that does not exist would create it empty and print zeros
      throw new DomainException(
          "empty-database",
          "the database "
              + displayUrl()
              + " is empty (it does not exist yet): run `consortium import --data DIR` first");
    }
    if (url.startsWith("jdbc:h2:mem:")) {
      throw new DomainException(
          "empty-database",
          "the database "
              + displayUrl()
              + " is empty (in memory, it starts empty every run): read a file or server"
              + " database, or run `consortium demo`");
    }
    return connect(spec, environment).consortium();
  }

  /** The file of an H2 file database URL ({@code jdbc:h2:file:PATH} or {@code jdbc:h2:PATH}). */
  static Optional<Path> h2File(String url) {
    if (!url.startsWith("jdbc:h2:")) {
      return Optional.empty();
    }
    String rest = url.substring("jdbc:h2:".length());
    int settings = rest.indexOf(';');
    String name = settings < 0 ? rest : rest.substring(0, settings);
    if (name.startsWith("file:")) {
      name = name.substring("file:".length());
    } else if (name.startsWith("mem:")
        || name.startsWith("tcp:")
        || name.startsWith("ssl:")
        || name.startsWith("zip:")) {
      return Optional.empty();
    }
    if (name.startsWith("~")) {
      name = System.getProperty("user.home") + name.substring(1);
    }
    return Optional.of(Path.of(name + ".mv.db"));
  }

  /**
   * The JDBC storage over this database (tables created or upgraded first) with the core over it,
   * for commands that span use cases in one transaction.
   *
   * @throws ParameterException if the URL is not for a supported database (a usage error)
   */
  StoredConsortium connect(CommandSpec spec, Map<String, String> environment) throws SQLException {
    return StoredConsortium.over(migrated(dataSource(spec, environment)));
  }

  /**
   * The JDBC storage over {@code dataSource}, its tables created or upgraded first; a database that
   * cannot be opened is named with its cause, never with SQL or credentials.
   */
  JdbcAdapter migrated(DataSource dataSource) {
    try {
      return JdbcAdapter.create(dataSource);
    } catch (DomainException e) {
      Optional<String> why = DatabaseDiagnosis.of(e, url);
      if (why.isEmpty()) {
        throw e;
      }
      throw new DomainException(
          e.code(), "cannot open the database " + displayUrl() + ": " + why.get());
    }
  }

  DataSource dataSource(CommandSpec spec, Map<String, String> environment) throws SQLException {
    try {
      return DataSources.forUrl(
          url,
          choose(user, environment.get(USER_VARIABLE)),
          choose(password, environment.get(PASSWORD_VARIABLE)));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The URL as it may be shown: without its password. */
  String displayUrl() {
    return DataSources.masked(url);
  }

  private static Optional<String> choose(String option, String variable) {
    if (option != null) {
      return Optional.of(option);
    }
    return Optional.ofNullable(variable).filter(value -> !value.isEmpty());
  }
}
