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

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A schema (PostgreSQL) or database (MariaDB) of its own on the test server named by an environment
 * variable, dropped on close, so a test touches nothing else on the server. Skips the test without
 * the variable, and fails it when {@code CONSORTIUM_TEST_REQUIRE_DATABASES=true}.
 */
final class ScratchDatabase implements AutoCloseable {

  static final String POSTGRES = "CONSORTIUM_TEST_POSTGRES_URL";
  static final String MARIADB = "CONSORTIUM_TEST_MARIADB_URL";

  private final String serverUrl;
  private final String name;
  private final boolean postgres;

  private ScratchDatabase(String serverUrl, String name) {
    this.serverUrl = serverUrl;
    this.name = name;
    this.postgres = serverUrl.startsWith("jdbc:postgresql:");
  }

  /** A fresh scratch database {@code name} on the server {@code variable} names. */
  static ScratchDatabase on(String variable, String name) throws SQLException {
    ScratchDatabase scratch = new ScratchDatabase(serverUrl(variable), name);
    scratch.drop();
    scratch.onServer(
        scratch.postgres
            ? "CREATE SCHEMA " + name
            : "CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
    return scratch;
  }

  static String serverUrl(String variable) {
    String url = System.getenv(variable);
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CONSORTIUM_TEST_REQUIRE_DATABASES"))) {
        fail(variable + " is not set, but CONSORTIUM_TEST_REQUIRE_DATABASES=true");
      }
      assumeTrue(false, variable + " is not set");
    }
    return url;
  }

  /** The JDBC URL of the scratch database. */
  String url() {
    return urlVia(serverUrl);
  }

  /** The scratch database's URL on another server address, for example a proxy's. */
  String urlVia(String otherServerUrl) {
    return postgres
        ? otherServerUrl + (otherServerUrl.contains("?") ? "&" : "?") + "currentSchema=" + name
        : otherServerUrl.replaceFirst("^(jdbc:mariadb://[^/?]+)/[^?]*", "$1/" + name);
  }

  String serverUrl() {
    return serverUrl;
  }

  private void drop() throws SQLException {
    onServer(
        postgres
            ? "DROP SCHEMA IF EXISTS " + name + " CASCADE"
            : "DROP DATABASE IF EXISTS " + name);
  }

  private void onServer(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(serverUrl);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    drop();
  }
}
