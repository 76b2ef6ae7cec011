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
package se.westum.consortium.springhost;

import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.jdbc.JdbcAdapter;

/**
 * A Spring Boot 4 application that embeds the consortium library: the host keeps its own Flyway
 * migrations ({@code classpath:db/migration}, history in {@code flyway_schema_history}) and its own
 * Jackson 3 JSON; the library gets the Boot {@link DataSource} and keeps its tables' history in
 * {@code consortium_schema_history}. Nothing of the library's REST adapter is mounted: the host
 * answers with its own controllers ({@link MembershipFiguresController}).
 */
@SpringBootApplication
public class HostApplication {

  /** Starts the host. */
  public static void main(String[] args) {
    SpringApplication.run(HostApplication.class, args);
  }

  /**
   * The library's core over the host's data source. {@link JdbcAdapter#create} runs the library's
   * own migrations; {@link DependsOnDatabaseInitialization} makes Boot run the host's Flyway first,
   * so the host's history starts on an empty schema and the library's baselines beside it. Without
   * it the library may migrate first, and on a new database the host's Flyway then refuses the
   * schema ("Found non-empty schema(s) ... but no schema history table").
   */
  @Bean
  @DependsOnDatabaseInitialization
  Consortium consortium(DataSource dataSource) {
    return Consortium.builder().storage(JdbcAdapter.create(dataSource)).build();
  }
}
