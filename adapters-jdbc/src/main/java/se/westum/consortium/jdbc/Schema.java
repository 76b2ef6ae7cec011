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
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.StorageFailureException;
import se.westum.consortium.domain.shared.StorageUnavailableException;

/** The consortium's tables, brought up to date with Flyway. */
final class Schema {

  /** Unique to this library, so a host's own migrations are never picked up, nor ours by it. */
  static final String MIGRATIONS = "classpath:se/westum/consortium/jdbc/migration";

  private Schema() {}

  static void migrate(DataSource dataSource, String historyTable) {
    try {
      configuration(dataSource, historyTable).load().migrate();
    } catch (FlywayException | SQLException e) {
      DomainException translated = StorageErrors.translate(e);
      if (translated instanceof StorageUnavailableException) {
        throw translated;
      }
      if (e instanceof FlywayValidateException) {
        // the usual cause: a database written by another version of the library
        throw new StorageFailureException(
            "the consortium's tables do not match this version's migrations ("
                + firstLines(e.getMessage())
                + "); was the database written by another version of the library?",
            e);
      }
      throw new StorageFailureException(
          "the consortium's tables could not be created or migrated", e);
    }
  }

  /** Flyway's explanation on one line, without its hint to a documentation page. */
  private static String firstLines(String message) {
    String joined =
        String.join(
            " ",
            message
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("Need more flexibility"))
                .toList());
    return joined.length() > 300 ? joined.substring(0, 300) + "…" : joined;
  }

  /** Flyway as {@link #migrate} runs it, with the placeholders for the data source's database. */
  static FluentConfiguration configuration(DataSource dataSource, String historyTable)
      throws SQLException {
    String product = productName(dataSource);
    return Flyway.configure(Schema.class.getClassLoader())
        .dataSource(dataSource)
        .table(historyTable)
        .locations(MIGRATIONS)
        .failOnMissingLocations(true)
        // a host's tables may already fill the schema: start our history there, below V1
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .placeholders(
            Map.of("table_options", tableOptions(product), "id_collation", idCollation(product)));
  }

  private static String productName(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    }
  }

  // MariaDB's default character set may be latin1; member names hold any Unicode letter
  private static String tableOptions(String product) {
    return product.contains("mariadb") || product.contains("mysql")
        ? " DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
        : "";
  }

  // ports list records by id in the core's order (character codes); a PostgreSQL database's
  // default collation may sort by a language's rules instead ("a" before "B")
  private static String idCollation(String product) {
    return product.contains("postgresql") ? " COLLATE \"C\"" : "";
  }
}
