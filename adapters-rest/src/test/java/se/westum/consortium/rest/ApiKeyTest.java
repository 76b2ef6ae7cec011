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

import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApiKeyTest {

  // printf %s abc | sha256sum
  private static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void the_hash_of_a_key_is_the_one_sha256sum_prints() {
    // given
    String key = "abc";

    // when
    String hash = ApiKey.sha256Hex(key);

    // then
    assertThat(hash).isEqualTo(ABC);
  }

  @Test
  void an_upper_case_hash_is_normalised_to_lower_case() {
    // when
    ApiKey key = ApiKey.forRole(ABC.toUpperCase(), Role.ADMIN);

    // then
    assertThat(key.sha256Hex()).isEqualTo(ABC);
  }

  @Test
  void a_hash_that_is_not_64_hex_digits_is_rejected_without_echoing_it() {
    // given
    String plaintextByMistake = "my-secret-api-key";

    // when / then
    assertThatThrownBy(() -> ApiKey.forRole(plaintextByMistake, Role.BOARD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(plaintextByMistake);
    assertThatThrownBy(() -> ApiKey.forRole(ABC.substring(1) + "g", Role.BOARD))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_member_key_is_bound_to_a_normalised_organisation_number() {
    // when
    ApiKey key = ApiKey.forMember(ABC, "2120001512");

    // then
    assertThat(key.member()).contains("212000-1512");
    assertThat(key.role()).isEqualTo(Role.MEMBER);
  }

  @Test
  void a_member_key_needs_a_valid_organisation_number() {
    assertThatThrownBy(() -> new ApiKey(ABC, Role.MEMBER, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApiKey.forMember(ABC, "212000-1513"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_admin_or_board_key_cannot_be_bound_to_a_member() {
    assertThatThrownBy(() -> new ApiKey(ABC, Role.ADMIN, Optional.of("212000-1512")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ApiKey(ABC, Role.BOARD, Optional.of("212000-1512")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_empty_key_cannot_be_hashed() {
    assertThatThrownBy(() -> ApiKey.sha256Hex("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_text_form_shows_only_the_start_of_the_hash() {
    // when
    String text = ApiKey.forRole(ABC, Role.ADMIN).toString();

    // then
    assertThat(text).contains("ba7816bf").doesNotContain(ABC).contains("ADMIN");
  }
}
