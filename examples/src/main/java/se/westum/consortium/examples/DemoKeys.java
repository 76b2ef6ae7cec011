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

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import se.westum.consortium.rest.ApiKey;
import se.westum.consortium.rest.Role;

/**
 * Fresh random API keys, one per role, for a server started without a keys file. They live only in
 * the server's memory and are shown once.
 */
final class DemoKeys {

  private static final int KEY_BYTES = 32;

  private DemoKeys() {}

  /**
   * One key for ADMIN and one for BOARD, plus one for MEMBER bound to {@code member} when there is
   * a member to bind it to.
   */
  static List<DemoKey> generate(SecureRandom random, Optional<String> member) {
    List<DemoKey> keys = new ArrayList<>();
    keys.add(new DemoKey(Role.ADMIN, plaintext(random), Optional.empty()));
    keys.add(new DemoKey(Role.BOARD, plaintext(random), Optional.empty()));
    member.ifPresent(m -> keys.add(new DemoKey(Role.MEMBER, plaintext(random), Optional.of(m))));
    return List.copyOf(keys);
  }

  private static String plaintext(SecureRandom random) {
    byte[] bytes = new byte[KEY_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * A generated key.
   *
   * @param role what the key may do
   * @param plaintext the key itself, to hand to a client
   * @param member the organisation number a MEMBER key is bound to
   */
  record DemoKey(Role role, String plaintext, Optional<String> member) {

    /** The form the server keeps: the hash, never the key. */
    ApiKey apiKey() {
      return new ApiKey(ApiKey.sha256Hex(plaintext), role, member);
    }

    @Override
    public String toString() {
      // A key must not end up in a log by accident.
      return "DemoKey[role=" + role + ", member=" + member.orElse("") + "]";
    }
  }
}
