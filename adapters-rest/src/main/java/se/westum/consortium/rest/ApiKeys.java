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

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The API keys a host configured, held as SHA-256 hashes. A presented key is hashed and compared
 * with every configured hash in constant time ({@link MessageDigest#isEqual}), so neither the
 * comparison nor the position of a match tells an attacker anything. Keys are never stored or
 * logged in plaintext.
 *
 * <p>Immutable and thread-safe.
 */
public final class ApiKeys {

  private final List<Entry> entries;

  private ApiKeys(List<Entry> entries) {
    this.entries = entries;
  }

  /**
   * The given keys.
   *
   * @throws IllegalArgumentException if two keys have the same hash (which role would it grant?)
   */
  public static ApiKeys of(Collection<ApiKey> keys) {
    Objects.requireNonNull(keys, "keys");
    List<Entry> entries = new ArrayList<>(keys.size());
    Set<String> seen = new HashSet<>();
    for (ApiKey key : keys) {
      Objects.requireNonNull(key, "key");
      if (!seen.add(key.sha256Hex())) {
        throw new IllegalArgumentException("the same API key hash is configured twice: " + key);
      }
      entries.add(new Entry(key.hashBytes(), key));
    }
    return new ApiKeys(List.copyOf(entries));
  }

  /** The number of configured keys. */
  public int size() {
    return entries.size();
  }

  /** The configured key whose hash matches {@code presentedKey}'s, if any. */
  Optional<ApiKey> find(String presentedKey) {
    byte[] presented = ApiKey.sha256(presentedKey);
    ApiKey match = null;
    // no early exit: every hash is compared, whether or not an earlier one matched
    for (Entry entry : entries) {
      if (MessageDigest.isEqual(entry.hash(), presented)) {
        match = entry.key();
      }
    }
    return Optional.ofNullable(match);
  }

  @Override
  public String toString() {
    return "ApiKeys[" + entries.size() + " keys]";
  }

  private record Entry(byte[] hash, ApiKey key) {}
}
