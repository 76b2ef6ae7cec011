package se.westum.consortium.examples;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.jdbc.JdbcAdapter;

/** The database options every data command shares, and the core wired over that database. */
final class DatabaseOptions {

  /** An embedded H2 file database in the working directory: nothing needs a server. */
  static final String DEFAULT_URL = "jdbc:h2:file:./consortium-data/consortium;AUTO_SERVER=FALSE";

  static final String USER_VARIABLE = "CONSORTIUM_DB_USER";
  static final String PASSWORD_VARIABLE = "CONSORTIUM_DB_PASSWORD";

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

  /**
   * The core over this database; the JDBC adapter creates or upgrades its tables first.
   *
   * @throws ParameterException if the URL is not for a supported database (a usage error)
   */
  Consortium open(CommandSpec spec, Map<String, String> environment) throws SQLException {
    return connect(spec, environment).consortium();
  }

  /**
   * The JDBC storage over this database (tables created or upgraded first) with the core over it,
   * for commands that span use cases in one transaction.
   *
   * @throws ParameterException if the URL is not for a supported database (a usage error)
   */
  StoredConsortium connect(CommandSpec spec, Map<String, String> environment) throws SQLException {
    return StoredConsortium.over(JdbcAdapter.create(dataSource(spec, environment)));
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
