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

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApiKeysTest {

  private final ApiKey admin = ApiKey.forRole(ApiKey.sha256Hex("first"), Role.ADMIN);
  private final ApiKey board = ApiKey.forRole(ApiKey.sha256Hex("second"), Role.BOARD);
  private final ApiKey member = ApiKey.forMember(ApiKey.sha256Hex("third"), "212000-1512");

  @Test
  void a_presented_key_finds_the_configured_key_with_its_hash() {
    // given
    ApiKeys keys = ApiKeys.of(List.of(admin, board, member));

    // when / then
    assertThat(keys.find("first")).contains(admin);
    assertThat(keys.find("second")).contains(board);
    assertThat(keys.find("third")).contains(member);
  }

  @Test
  void an_unknown_key_finds_nothing() {
    // given
    ApiKeys keys = ApiKeys.of(List.of(admin, board));

    // when / then
    assertThat(keys.find("firs")).isEmpty();
    assertThat(keys.find("first ")).isEmpty();
    assertThat(keys.find(admin.sha256Hex())).isEmpty();
  }

  @Test
  void the_same_hash_twice_is_a_configuration_error() {
    // given
    ApiKey sameHashOtherRole = ApiKey.forRole(admin.sha256Hex(), Role.BOARD);

    // when / then
    assertThatThrownBy(() -> ApiKeys.of(List.of(admin, sameHashOtherRole)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void no_keys_admit_nobody() {
    // given
    ApiKeys keys = ApiKeys.of(List.of());

    // when / then
    assertThat(keys.find("first")).isEmpty();
    assertThat(keys.size()).isZero();
  }
}
