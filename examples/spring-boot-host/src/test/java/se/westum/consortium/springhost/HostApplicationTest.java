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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.westum.consortium.application.port.in.RecordPaymentCommand;
import se.westum.consortium.application.port.in.RegisterMemberCommand;
import se.westum.consortium.application.port.in.SetAnnualFeeCommand;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.membership.MemberKind;
import se.westum.consortium.jdbc.JdbcAdapter;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:host-test;DB_CLOSE_DELAY=-1")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostApplicationTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired Consortium consortium;
  @Autowired ApplicationContext context;

  @Test
  void the_host_and_the_library_keep_their_flyway_histories_side_by_side() {
    // given the host started on one H2 database

    // when both histories are read
    List<String> host =
        jdbc.queryForList(
            "SELECT \"script\" FROM \"flyway_schema_history\""
                + " WHERE \"success\" AND \"type\" = 'SQL' ORDER BY \"installed_rank\"",
            String.class);
    List<String> library =
        jdbc.queryForList(
            "SELECT \"script\" FROM \""
                + JdbcAdapter.HISTORY_TABLE
                + "\" WHERE \"success\" AND \"type\" = 'SQL' ORDER BY \"installed_rank\"",
            String.class);

    // then the host's history holds only its migration, the library's only its own
    assertThat(host).containsExactly("V1__host_note.sql");
    assertThat(library)
        .startsWith("V1__membership.sql", "V2__governance.sql", "V3__projects.sql")
        .doesNotContain("V1__host_note.sql");
    assertThat(jdbc.queryForObject("SELECT text FROM host_note WHERE id = 1", String.class))
        .isEqualTo("the host migrates its own tables");
  }

  @Test
  void the_hosts_flyway_runs_first_and_the_library_baselines_beside_its_tables() {
    // given the host started on one H2 database

    // when the library's first history row is read
    String first =
        jdbc.queryForObject(
            "SELECT \"type\" FROM \""
                + JdbcAdapter.HISTORY_TABLE
                + "\" WHERE \"installed_rank\" = 1",
            String.class);

    // then it is a baseline: the schema already held host_note when the library migrated
    assertThat(first).isEqualTo("BASELINE");
  }

  @Test
  void the_hosts_own_controller_answers_through_the_membership_figures_use_case() throws Exception {
    // given one member that paid its 2016 fee, recorded through the library's use cases
    consortium
        .membership()
        .register(
            new RegisterMemberCommand(
                "222000-1016",
                "Boråsregionen Sjuhärads kommunalförbund",
                MemberKind.FEDERATION,
                List.of("1490", "1443", "1466"),
                LocalDate.of(2008, 3, 1),
                null));
    consortium
        .membership()
        .setFee(new SetAnnualFeeCommand("222000-1016", 2016, new BigDecimal("5000.00"), "SEK"));
    consortium
        .membership()
        .recordPayment(
            new RecordPaymentCommand(
                "222000-1016", 2016, LocalDate.of(2016, 3, 31), new BigDecimal("5000.00"), "SEK"));

    // when the host's endpoint is called over HTTP
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/host/members/figures/2016"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    // then the host's JSON, written by Jackson 3, carries the use case's figures
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(response.body())
        .isEqualTo("{\"year\":2016,\"payingMembers\":1,\"municipalitiesCovered\":3}");
  }

  @Test
  void the_library_brings_no_jackson_2_into_the_host() {
    // given the host's class path: Boot with Jackson 3, the library's core and JDBC adapter

    // when Jackson 2's mapper is looked up
    Throwable lookup =
        catchThrowable(() -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"));

    // then it is not there: the host's JSON is Jackson 3 alone
    assertThat(lookup).isInstanceOf(ClassNotFoundException.class);
    assertThat(context.getBeanNamesForType(JsonMapper.class)).hasSize(1);
  }
}
