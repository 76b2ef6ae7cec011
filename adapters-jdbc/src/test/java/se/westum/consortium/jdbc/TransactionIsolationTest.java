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

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every transaction of the adapter runs at {@code REPEATABLE READ}, the level that makes a check
 * and the write it allows one step, on every database; on PostgreSQL it is set for the transaction
 * alone, so a pooled connection goes back with its session's level untouched.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TransactionIsolationTest {

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void a_transaction_reads_and_writes_at_repeatable_read(Vendor vendor) {
    try (TestDatabase testDatabase = TestDatabase.fresh(vendor)) {
      // given
      Database database = new Database(Jdbi.create(testDatabase.dataSource()));

      // when
      int level =
          database.inTransaction(
              () -> database.read(handle -> isolationOf(handle.getConnection())));

      // then
      assertThat(level).isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Vendor.class, names = "POSTGRESQL")
  void on_postgresql_the_session_keeps_its_own_level_after_a_transaction(Vendor vendor)
      throws SQLException {
    try (TestDatabase testDatabase = TestDatabase.fresh(vendor);
        Connection connection = testDatabase.dataSource().getConnection()) {
      // given one connection, handed to the adapter and back, as a pool would
      Jdbi jdbi = Jdbi.create(() -> new Unclosed(connection).proxy());
      Database database = new Database(jdbi);
      int before = connection.getTransactionIsolation();

      // when
      database.inTransaction(() -> database.read(handle -> 1));

      // then
      assertThat(connection.getTransactionIsolation())
          .isEqualTo(before)
          .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }
  }

  private static int isolationOf(Connection connection) {
    try {
      return connection.getTransactionIsolation();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A connection whose {@code close} does nothing, so the test can look at it afterwards. */
  private record Unclosed(Connection connection) {
    Connection proxy() {
      return (Connection)
          java.lang.reflect.Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (self, method, args) -> {
                if (method.getName().equals("close")) {
                  return null;
                }
                try {
                  return method.invoke(connection, args);
                } catch (java.lang.reflect.InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }
  }
}
