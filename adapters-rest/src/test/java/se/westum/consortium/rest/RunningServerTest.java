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
package se.westum.consortium.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.testing.InMemoryStorage;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RunningServerTest {

  private final RestApi api =
      RestApi.create(
          Consortium.builder().storage(new InMemoryStorage()).clock(TestApi.CLOCK).build(),
          TestApi.KEYS);

  @Test
  void started_on_port_0_the_server_tells_the_port_it_got() {
    // when
    try (RunningServer server = api.start("127.0.0.1", 0)) {
      // then
      assertThat(server.port()).isPositive();
      assertThat(server.baseUri().toString()).isEqualTo("http://127.0.0.1:" + server.port());
      assertThat(server.apiUri().toString())
          .isEqualTo("http://127.0.0.1:" + server.port() + "/api/v1/");
      assertThat(
              TestApi.send(HttpRequest.newBuilder(server.apiUri().resolve("openapi.yaml")).build())
                  .status())
          .isEqualTo(200);
    }
  }

  @Test
  void a_closed_server_no_longer_answers_and_closing_again_does_nothing() {
    // given
    RunningServer server = api.start("127.0.0.1", 0);
    HttpRequest request = HttpRequest.newBuilder(server.apiUri().resolve("openapi.yaml")).build();
    assertThat(TestApi.send(request).status()).isEqualTo(200);

    // when
    server.close();
    server.close();

    // then
    assertThatThrownBy(() -> TestApi.send(request)).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void a_server_on_a_wildcard_address_is_named_by_the_loopback_address() {
    assertThat(RunningServer.uriHost("0.0.0.0")).isEqualTo("127.0.0.1");
    assertThat(RunningServer.uriHost("::")).isEqualTo("[::1]");
    assertThat(RunningServer.uriHost("::1")).isEqualTo("[::1]");
    assertThat(RunningServer.uriHost("localhost")).isEqualTo("localhost");
  }

  @Test
  void settings_out_of_range_are_rejected() {
    assertThatThrownBy(() -> api.start("127.0.0.1", 70000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> api.maxRequestBytes(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
