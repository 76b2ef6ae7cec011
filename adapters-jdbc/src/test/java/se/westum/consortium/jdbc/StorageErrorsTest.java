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

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.ConnectionException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.StorageFailureException;
import se.westum.consortium.domain.shared.StorageUnavailableException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StorageErrorsTest {

  @ParameterizedTest(name = "SQL state {0}, vendor code {1}")
  @CsvSource({
    "08001, 0", // PostgreSQL: connection refused
    "08006, 0", // PostgreSQL: connection failure
    "57014, 0", // PostgreSQL: statement timeout
    "57P01, 0", // PostgreSQL: administrator shutdown
    "57P03, 0", // PostgreSQL: cannot connect now
    "53300, 0", // PostgreSQL: too many connections
    "HY000, 1040", // MariaDB: too many connections
    "70100, 1969", // MariaDB: statement timeout
    "90098, 90098" // H2: database closed
  })
  void an_outage_or_a_timeout_is_an_unavailable_storage(String state, int code) {
    // when
    DomainException translated = translated(new SQLException("secret SQL", state, code));

    // then
    assertThat(translated).isExactlyInstanceOf(StorageUnavailableException.class);
    assertThat(translated.code()).isEqualTo(StorageUnavailableException.CODE);
    assertThat(translated.getMessage()).doesNotContain("secret");
  }

  @Test
  void a_pools_connection_timeout_is_an_unavailable_storage() {
    // when
    DomainException translated =
        translated(new SQLTransientConnectionException("pool - Connection is not available"));

    // then
    assertThat(translated).isExactlyInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void a_query_timeout_and_a_socket_timeout_are_an_unavailable_storage() {
    // then
    assertThat(translated(new SQLTimeoutException("timeout")))
        .isExactlyInstanceOf(StorageUnavailableException.class);
    assertThat(StorageErrors.translate(new RuntimeException(new SocketTimeoutException("read"))))
        .isExactlyInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void an_h2_file_held_by_another_process_says_the_database_is_in_use() {
    // when
    DomainException translated = translated(new SQLException("locked", "90020", 90020));

    // then
    assertThat(translated).isExactlyInstanceOf(StorageUnavailableException.class);
    assertThat(translated.getMessage()).contains("in use by another process");
  }

  @ParameterizedTest(name = "SQL state {0}, vendor code {1}")
  @CsvSource({"23505, 0", "23000, 1062", "40001, 0", "40P01, 0", "40001, 1213"})
  void a_key_taken_meanwhile_or_a_lost_race_is_a_conflict(String state, int code) {
    // when
    DomainException translated = translated(new SQLException("secret SQL", state, code));

    // then
    assertThat(translated).isExactlyInstanceOf(ConflictException.class);
    assertThat(translated.code()).isEqualTo(StorageErrors.CONCURRENT_CHANGE);
  }

  @Test
  void anything_else_is_a_storage_failure_not_a_client_error() {
    // when
    DomainException translated = translated(new SQLException("no such table", "42P01", 0));

    // then
    assertThat(translated).isExactlyInstanceOf(StorageFailureException.class);
    assertThat(translated.code()).isEqualTo(StorageFailureException.CODE);
  }

  @Test
  void a_record_inserted_meanwhile_is_a_conflict_naming_it() {
    // when
    DomainException translated =
        StorageErrors.recordedConcurrently(
            "programme", "ERASMUS", new SQLException("dup", "23505", 0));

    // then
    assertThat(translated).isExactlyInstanceOf(ConflictException.class);
    assertThat(translated.getMessage()).startsWith("programme 'ERASMUS' was recorded by another");
  }

  private static DomainException translated(SQLException e) {
    return StorageErrors.translate(new ConnectionException(e));
  }
}
