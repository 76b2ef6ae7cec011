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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.StorageUnavailableException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JdbcAdapterTest {

  @Test
  void the_adapter_is_the_only_public_type_of_the_module() throws IOException, URISyntaxException {
    // given
    Path classes = Path.of(JdbcAdapter.class.getResource("JdbcAdapter.class").toURI()).getParent();

    // when
    List<String> publicTypes;
    try (Stream<Path> files = Files.list(classes)) {
      publicTypes =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".class"))
              .map(name -> name.substring(0, name.length() - ".class".length()))
              .map(JdbcAdapterTest::load)
              .filter(type -> Modifier.isPublic(type.getModifiers()))
              .map(Class::getSimpleName)
              .toList();
    }

    // then
    assertThat(publicTypes).containsExactly("JdbcAdapter");
  }

  @Test
  void a_database_that_cannot_be_reached_is_an_unavailable_storage_without_sql() {
    // given
    JdbcDataSource unreachable = new JdbcDataSource();
    // IFEXISTS: H2 refuses to create a database that is not there, like a server that is down
    unreachable.setURL("jdbc:h2:mem:nowhere;IFEXISTS=TRUE");

    // when / then
    assertThatThrownBy(() -> JdbcAdapter.create(unreachable))
        .isExactlyInstanceOf(StorageUnavailableException.class)
        .satisfies(
            e ->
                assertThat(((DomainException) e).code())
                    .isEqualTo(StorageUnavailableException.CODE))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SQL", "jdbc:", "nowhere"))
        .hasRootCauseInstanceOf(SQLException.class);
  }

  @Test
  void a_database_written_by_another_version_is_refused_saying_so() throws SQLException {
    // given a database whose history holds a migration this version does not have, older than
    // this version's last (a newer version's extra ones Flyway lets pass, by design)
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:newer;DB_CLOSE_DELAY=-1");
    JdbcAdapter.create(h2);
    try (var connection = h2.getConnection();
        var statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO \""
              + JdbcAdapter.HISTORY_TABLE
              + "\" (\"installed_rank\", \"version\","
              + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
              + " \"execution_time\", \"success\") VALUES (999, '5.5', 'elsewhere',"
              + " 'SQL', 'V5_5__elsewhere.sql', 0, 'test', 0, TRUE)");
    }

    // when / then
    assertThatThrownBy(() -> JdbcAdapter.create(h2))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("do not match this version's migrations")
        .hasMessageContaining("5.5")
        .hasMessageContaining("another version of the library");
  }

  private static Class<?> load(String simpleName) {
    try {
      return Class.forName(JdbcAdapter.class.getPackageName() + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
