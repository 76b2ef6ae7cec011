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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DataSourcesTest {

  @Test
  void an_h2_url_gives_an_h2_data_source_with_the_given_credentials() throws Exception {
    // when
    DataSource dataSource =
        DataSources.forUrl("jdbc:h2:mem:x", Optional.of("sa"), Optional.of("pw"));

    // then
    assertThat(dataSource).isInstanceOf(JdbcDataSource.class);
    JdbcDataSource h2 = (JdbcDataSource) dataSource;
    // an in-memory database is kept for the run, or it would vanish between migration and query
    assertThat(h2.getURL()).isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1");
    assertThat(h2.getUser()).isEqualTo("sa");
    assertThat(h2.getPassword()).isEqualTo("pw");
  }

  @Test
  void a_postgresql_url_gives_a_pg_data_source_and_a_given_user_overrides_the_urls()
      throws Exception {
    // when
    DataSource dataSource =
        DataSources.forUrl(
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
            Optional.of("office"),
            Optional.empty());

    // then
    assertThat(dataSource).isInstanceOf(PGSimpleDataSource.class);
    PGSimpleDataSource postgres = (PGSimpleDataSource) dataSource;
    assertThat(postgres.getDatabaseName()).isEqualTo("test");
    assertThat(postgres.getUser()).isEqualTo("office");
  }

  @Test
  void a_postgresql_data_source_rewrites_batched_inserts_unless_the_url_says_otherwise()
      throws Exception {
    // when
    PGSimpleDataSource plain =
        (PGSimpleDataSource)
            DataSources.forUrl(
                "jdbc:postgresql://127.0.0.1:5432/test", Optional.empty(), Optional.empty());
    PGSimpleDataSource refused =
        (PGSimpleDataSource)
            DataSources.forUrl(
                "jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=false",
                Optional.empty(),
                Optional.empty());

    // then
    assertThat(plain.getReWriteBatchedInserts()).isTrue();
    assertThat(refused.getReWriteBatchedInserts()).isFalse();
  }

  @Test
  void a_mariadb_url_gives_a_mariadb_data_source() throws Exception {
    // when
    DataSource dataSource =
        DataSources.forUrl(
            "jdbc:mariadb://127.0.0.1:3306/test", Optional.of("root"), Optional.empty());

    // then
    assertThat(dataSource).isInstanceOf(MariaDbDataSource.class);
    assertThat(((MariaDbDataSource) dataSource).getUser()).isEqualTo("root");
  }

  @Test
  void any_other_url_is_refused_naming_the_supported_ones() {
    // expect
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> DataSources.forUrl("jdbc:sqlite:x.db", Optional.empty(), Optional.empty()))
        .withMessageContaining("jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:");
  }

  @Test
  void a_password_in_a_url_is_masked_for_messages() {
    // expect
    assertThat(DataSources.masked("jdbc:h2:file:./x;USER=sa;PASSWORD=secret;AUTO_SERVER=FALSE"))
        .isEqualTo("jdbc:h2:file:./x;USER=sa;PASSWORD=***;AUTO_SERVER=FALSE");
    assertThat(DataSources.masked("jdbc:postgresql://h/db?user=u&password=secret&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
  }

  @Test
  void credentials_come_from_the_environment_when_not_given_as_options() throws Exception {
    // given
    DatabaseOptions options = new DatabaseOptions();
    options.url = "jdbc:h2:mem:env";
    java.util.Map<String, String> environment =
        java.util.Map.of("CONSORTIUM_DB_USER", "office", "CONSORTIUM_DB_PASSWORD", "pw");

    // when
    JdbcDataSource fromEnvironment = (JdbcDataSource) options.dataSource(null, environment);
    options.user = "board";
    JdbcDataSource fromOption = (JdbcDataSource) options.dataSource(null, environment);

    // then
    assertThat(fromEnvironment.getUser()).isEqualTo("office");
    assertThat(fromEnvironment.getPassword()).isEqualTo("pw");
    assertThat(fromOption.getUser()).isEqualTo("board");
  }
}
