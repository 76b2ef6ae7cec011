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

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Makes a {@link DataSource} from a JDBC URL, for the three databases the JDBC adapter supports:
 * plain, unpooled ones for a command-line run, which opens only a few connections; and a bounded
 * HikariCP pool with connect, socket and statement timeouts for a server ({@link #pooled}), which
 * an embedder can copy as it is.
 */
final class DataSources {

  /** The URL prefixes understood, in the order they are listed to users. */
  static final String SUPPORTED = "jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:";

  private DataSources() {}

  /**
   * A data source for {@code url}; a given user or password overrides one inside the URL.
   *
   * @throws IllegalArgumentException if the URL is not for H2, PostgreSQL or MariaDB
   * @throws SQLException if the driver rejects the URL
   */
  static DataSource forUrl(String url, Optional<String> user, Optional<String> password)
      throws SQLException {
    return forUrl(url, user, password, Optional.empty());
  }

  /**
   * A bounded pool over {@code url}: at most {@link PoolSettings#size()} connections, each opened
   * with the connect and socket timeouts and a statement timeout set for its session, and a wait
   * for a free connection bounded by the connect timeout (then the storage reports itself
   * unavailable). An H2 file database is kept open by the pool for its whole life, so the file
   * stays locked against a second process. Close the pool to close its connections.
   *
   * @throws IllegalArgumentException if the URL is not for H2, PostgreSQL or MariaDB
   * @throws SQLException if the driver rejects the URL
   */
  static HikariDataSource pooled(
      String url, Optional<String> user, Optional<String> password, PoolSettings settings)
      throws SQLException {
    // H2: the database stays open (and its file locked) until the process ends, not until the
    // pool happens to hold no connection for a moment
    String opened =
        url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("DB_CLOSE_DELAY")
            ? url + ";DB_CLOSE_DELAY=-1"
            : url;
    DataSource connections = forUrl(opened, user, password, Optional.of(settings));
    HikariConfig config = new HikariConfig();
    config.setPoolName("consortium");
    config.setDataSource(connections);
    config.setMaximumPoolSize(settings.size());
    // H2: one connection always open keeps the database (and its file lock) for the process
    config.setMinimumIdle(url.startsWith("jdbc:h2:") ? 1 : Math.min(2, settings.size()));
    long connectMillis = settings.connectTimeout().toMillis();
    config.setConnectionTimeout(connectMillis);
    config.setValidationTimeout(Math.max(250, connectMillis / 2));
    // start even when the database is down; requests then answer 503 until it is back
    config.setInitializationFailTimeout(-1);
    config.setConnectionInitSql(statementTimeoutSql(url, settings.statementTimeout()));
    return url.startsWith("jdbc:h2:") ? new H2Pool(config) : new HikariDataSource(config);
  }

  /** A pool over an H2 database kept open for it: closing the pool closes the database too. */
  private static final class H2Pool extends HikariDataSource {
    H2Pool(HikariConfig config) {
      super(config);
    }

    @Override
    public void close() {
      if (!isClosed()) {
        try (Connection connection = getConnection();
            Statement statement = connection.createStatement()) {
          statement.execute("SHUTDOWN");
        } catch (SQLException e) {
          // already closed or unreachable: nothing is left to release
        }
      }
      super.close();
    }
  }

  private static String statementTimeoutSql(String url, Duration timeout) {
    long millis = timeout.toMillis();
    if (url.startsWith("jdbc:postgresql:")) {
      return "SET statement_timeout = " + millis;
    }
    if (url.startsWith("jdbc:mariadb:")) {
      return "SET SESSION max_statement_time = " + (millis / 1000.0);
    }
    return "SET QUERY_TIMEOUT " + millis;
  }

  private static DataSource forUrl(
      String url, Optional<String> user, Optional<String> password, Optional<PoolSettings> pool)
      throws SQLException {
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      // an in-memory database lives as long as a connection to it: without a delay it would be
      // gone between the migration and the first query
      h2.setURL(
          url.startsWith("jdbc:h2:mem:") && !url.toUpperCase(Locale.ROOT).contains("DB_CLOSE_DELAY")
              ? url + ";DB_CLOSE_DELAY=-1"
              : url);
      user.ifPresent(h2::setUser);
      password.ifPresent(h2::setPassword);
      return h2;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(url);
      // batches of inserts become multi-row INSERTs (benchmarks/RESULTS.md: the plain JDBC
      // batch of 5 000 mobilities 1.8 times as fast); a URL that says otherwise wins
      if (!url.contains("reWriteBatchedInserts=")) {
        postgres.setReWriteBatchedInserts(true);
      }
      user.ifPresent(postgres::setUser);
      password.ifPresent(postgres::setPassword);
      if (pool.isPresent()) {
        int connect = seconds(pool.get().connectTimeout());
        postgres.setConnectTimeout(connect);
        postgres.setLoginTimeout(connect);
        postgres.setSocketTimeout(seconds(pool.get().socketTimeout()));
      }
      return postgres;
    }
    if (url.startsWith("jdbc:mariadb:")) {
      MariaDbDataSource mariadb =
          new MariaDbDataSource(
              pool.map(
                      settings ->
                          url
                              + (url.contains("?") ? "&" : "?")
                              + "connectTimeout="
                              + settings.connectTimeout().toMillis()
                              + "&socketTimeout="
                              + settings.socketTimeout().toMillis())
                  .orElse(url));
      if (user.isPresent()) {
        mariadb.setUser(user.get());
      }
      if (password.isPresent()) {
        mariadb.setPassword(password.get());
      }
      return mariadb;
    }
    throw new IllegalArgumentException(
        "unsupported database URL '" + masked(url) + "': use " + SUPPORTED);
  }

  private static int seconds(Duration timeout) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
  }

  /**
   * The URL with any password in it hidden, for messages: a {@code password=} parameter's value and
   * the password of a user-info ({@code //user:password@host}).
   */
  static String masked(String url) {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***")
        // user-info: jdbc:postgresql://user:password@host/...
        .replaceAll("(//[^/@:]*:)[^/@]*@", "$1***@");
  }
}
