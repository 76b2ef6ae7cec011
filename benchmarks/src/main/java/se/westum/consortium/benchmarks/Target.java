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
package se.westum.consortium.benchmarks;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A database a benchmark writes to, emptied before each use: H2 in memory, or PostgreSQL / MariaDB
 * at the URL in {@code CONSORTIUM_BENCH_POSTGRES_URL} / {@code CONSORTIUM_BENCH_MARIADB_URL}. On
 * PostgreSQL the benchmarks work in their own schema {@value #SCHEMA}; on MariaDB they drop every
 * table of the URL's database, so give them a database of their own.
 */
enum Target {
  H2(null, null),
  POSTGRESQL("CONSORTIUM_BENCH_POSTGRES_URL", "reWriteBatchedInserts=true"),
  MARIADB("CONSORTIUM_BENCH_MARIADB_URL", "rewriteBatchedStatements=true");

  static final String SCHEMA = "consortium_bench";

  private static final AtomicInteger H2_DATABASES = new AtomicInteger();

  private final String variable;
  private final String batchRewrite;

  Target(String variable, String batchRewrite) {
    this.variable = variable;
    this.batchRewrite = batchRewrite;
  }

  /** The target by its benchmark parameter: {@code h2}, {@code postgresql} or {@code mariadb}. */
  static Target named(String name) {
    return valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }

  /** True when the target can be reached: H2 always, the others when their URL is set. */
  boolean configured() {
    return variable == null || System.getenv(variable) != null;
  }

  /**
   * An empty database.
   *
   * @param rewrite whether to ask the driver to rewrite batches into multi-row statements
   */
  DataSource fresh(boolean rewrite) throws SQLException {
    switch (this) {
      case H2:
        return new UrlDataSource(
            "jdbc:h2:mem:bench-" + H2_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
      case POSTGRESQL:
        {
          String url = withOption(url(), "currentSchema=" + SCHEMA);
          try (Connection connection = DriverManager.getConnection(url);
              Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
          }
          return new UrlDataSource(rewrite ? withOption(url, batchRewrite) : url);
        }
      case MARIADB:
        {
          String url = url();
          try (Connection connection = DriverManager.getConnection(url);
              Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows =
                statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE()")) {
              while (rows.next()) {
                tables.add(rows.getString(1));
              }
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : tables) {
              statement.execute("DROP TABLE `" + table + "`");
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
          }
          return new UrlDataSource(rewrite ? withOption(url, batchRewrite) : url);
        }
      default:
        throw new IllegalStateException(name());
    }
  }

  /** Closes what {@link #fresh} opened: H2's in-memory database is dropped. */
  static void release(DataSource dataSource) throws SQLException {
    if (dataSource instanceof UrlDataSource plain && plain.url.startsWith("jdbc:h2:mem:")) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      }
    }
  }

  private String url() {
    String url = System.getenv(variable);
    if (url == null) {
      throw new IllegalStateException(variable + " is not set");
    }
    return url;
  }

  static String withOption(String url, String option) {
    return url + (url.contains("?") ? "&" : "?") + option;
  }

  /** A data source that opens a connection per call, as an unpooled host's would. */
  static final class UrlDataSource implements DataSource {
    final String url;

    UrlDataSource(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return DriverManager.getConnection(url, username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
