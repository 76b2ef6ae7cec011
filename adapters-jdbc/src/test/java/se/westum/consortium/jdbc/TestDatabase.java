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
package se.westum.consortium.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database for one test: a new in-memory H2 database, a recreated schema on
 * PostgreSQL, or a recreated database on MariaDB. Closing it drops what the test made.
 */
final class TestDatabase implements AutoCloseable {

  /** The schema (PostgreSQL) or database (MariaDB) the tests own and recreate. */
  static final String NAME = "consortium_jdbc_test";

  private static final Pattern MARIADB_URL =
      Pattern.compile("(jdbc:mariadb://[^/?]+)(/[^?]*)?(\\?.*)?");

  private final Vendor vendor;
  private final DataSource dataSource;
  private final String serverUrl;

  private TestDatabase(Vendor vendor, DataSource dataSource, String serverUrl) {
    this.vendor = vendor;
    this.dataSource = dataSource;
    this.serverUrl = serverUrl;
  }

  static TestDatabase fresh(Vendor vendor) {
    try {
      return switch (vendor) {
        case H2 -> {
          JdbcDataSource h2 = new JdbcDataSource();
          h2.setURL("jdbc:h2:mem:consortium-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
          yield new TestDatabase(vendor, h2, "");
        }
        case POSTGRESQL -> {
          String url = vendor.serverUrl();
          onServer(url, "DROP SCHEMA IF EXISTS " + NAME + " CASCADE", "CREATE SCHEMA " + NAME);
          PGSimpleDataSource postgres = new PGSimpleDataSource();
          postgres.setURL(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + NAME);
          yield new TestDatabase(vendor, postgres, url);
        }
        case MARIADB -> {
          String url = vendor.serverUrl();
          // latin1 on purpose: the adapter's tables must hold any Unicode name all the same
          String name = mariaDbName(url);
          onServer(
              url,
              "DROP DATABASE IF EXISTS " + name,
              "CREATE DATABASE " + name + " CHARACTER SET latin1");
          yield new TestDatabase(vendor, new MariaDbDataSource(inDatabase(url, name)), url);
        }
      };
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare a " + vendor + " test database", e);
    }
  }

  Vendor vendor() {
    return vendor;
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** Runs statements in the test database, behind the adapter's back. */
  void execute(String... statements) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The number a counting query gives, read behind the adapter's back. */
  long count(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The names of the tables in the test database, lower case. */
  Set<String> tableNames() {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      Set<String> names = new TreeSet<>();
      try (ResultSet tables =
          metaData.getTables(
              connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (tables.next()) {
          names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
        }
      }
      return names;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      switch (vendor) {
        case H2 -> execute("SHUTDOWN");
        case POSTGRESQL -> onServer(serverUrl, "DROP SCHEMA IF EXISTS " + NAME + " CASCADE");
        case MARIADB -> onServer(serverUrl, "DROP DATABASE IF EXISTS " + mariaDbName(serverUrl));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The MariaDB test database: a database is global to the server, so its name carries the URL's
   * own database (for example {@code consortium_jdbc_test_test_srv}), and runs that were given
   * different databases on one server never drop each other's tables.
   */
  private static String mariaDbName(String url) {
    Matcher matcher = MARIADB_URL.matcher(url);
    String own = matcher.matches() && matcher.group(2) != null ? matcher.group(2).substring(1) : "";
    return own.matches("[A-Za-z0-9_]{1,20}") ? NAME + "_" + own : NAME;
  }

  private static void onServer(String url, String... statements) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static String inDatabase(String url, String database) {
    Matcher matcher = MARIADB_URL.matcher(url);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a MariaDB JDBC URL");
    }
    return matcher.group(1) + "/" + database + (matcher.group(3) == null ? "" : matcher.group(3));
  }
}
