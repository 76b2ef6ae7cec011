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

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import se.westum.consortium.jdbc.JdbcAdapter;

/**
 * A private in-memory H2 database with the core over it, dropped on close: for commands that must
 * touch no database of the user's (the demo, a travel-grant question).
 */
final class InMemoryDatabase implements AutoCloseable {

  private final JdbcDataSource dataSource;
  private final StoredConsortium consortium;

  private InMemoryDatabase(JdbcDataSource dataSource) {
    this.dataSource = dataSource;
    this.consortium = StoredConsortium.over(JdbcAdapter.create(dataSource));
  }

  /**
   * A fresh database; its name is unique, so two runs in one JVM never share one.
   *
   * @param purpose a word for the database's name, for example {@code demo}
   */
  static InMemoryDatabase fresh(String purpose) {
    JdbcDataSource dataSource = new JdbcDataSource();
    // DB_CLOSE_DELAY=-1 keeps the database between the adapter's connections until close()
    dataSource.setURL("jdbc:h2:mem:" + purpose + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return new InMemoryDatabase(dataSource);
  }

  /** The storage with the core over it. */
  StoredConsortium consortium() {
    return consortium;
  }

  /** Drops the database: a run should leave nothing behind. */
  @Override
  public void close() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }
}
