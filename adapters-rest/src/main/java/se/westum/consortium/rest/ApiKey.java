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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * One configured API key: the SHA-256 hash of the key (never the key itself), the role it grants
 * and, for {@link Role#MEMBER}, the member it is bound to.
 *
 * <p>Create the hash of a key with {@code printf %s "$KEY" | sha256sum} or {@link
 * #sha256Hex(String)}.
 *
 * @param sha256Hex the hex SHA-256 of the key's UTF-8 bytes, 64 hex digits (normalised to lower
 *     case)
 * @param role what the key grants
 * @param member the organisation number a {@code MEMBER} key is bound to (normalised to {@code
 *     NNNNNN-NNNN}); empty for the other roles
 */
public record ApiKey(String sha256Hex, Role role, Optional<String> member) {

  private static final HexFormat HEX = HexFormat.of();

  /**
   * Validates and normalises.
   *
   * @throws IllegalArgumentException if the hash is not 64 hex digits, a {@code MEMBER} key has no
   *     valid organisation number, or another role has one
   */
  public ApiKey {
    Objects.requireNonNull(sha256Hex, "sha256Hex");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(member, "member");
    sha256Hex = sha256Hex.strip().toLowerCase(Locale.ROOT);
    if (!sha256Hex.matches("[0-9a-f]{64}")) {
      // the value is deliberately not echoed: it might be a plaintext key pasted by mistake
      throw new IllegalArgumentException("an API key hash is 64 hex digits (SHA-256)");
    }
    if (role == Role.MEMBER) {
      String number =
          member.orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "a MEMBER key must be bound to a member's organisation number"));
      if (!OrganisationNumber.isValid(number)) {
        throw new IllegalArgumentException(
            "a MEMBER key must be bound to a valid Swedish organisation number");
      }
      member = Optional.of(OrganisationNumber.parse(number).value());
    } else if (member.isPresent()) {
      throw new IllegalArgumentException("only a MEMBER key is bound to a member, not " + role);
    }
  }

  /** A key granting an {@code ADMIN} or {@code BOARD} role, bound to no member. */
  public static ApiKey forRole(String sha256Hex, Role role) {
    return new ApiKey(sha256Hex, role, Optional.empty());
  }

  /** A {@code MEMBER} key bound to the member with this organisation number. */
  public static ApiKey forMember(String sha256Hex, String organisationNumber) {
    return new ApiKey(sha256Hex, Role.MEMBER, Optional.of(organisationNumber));
  }

  /**
   * The lower-case hex SHA-256 of a key's UTF-8 bytes: the form {@link ApiKey} is configured with.
   * Same result as {@code printf %s "$KEY" | sha256sum}.
   *
   * @throws IllegalArgumentException if the key is empty
   */
  public static String sha256Hex(String plaintextKey) {
    Objects.requireNonNull(plaintextKey, "plaintextKey");
    if (plaintextKey.isEmpty()) {
      throw new IllegalArgumentException("an API key cannot be empty");
    }
    return HEX.formatHex(sha256(plaintextKey));
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must provide SHA-256
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  byte[] hashBytes() {
    return HEX.parseHex(sha256Hex);
  }

  /** Shows only the start of the hash, enough to tell keys apart in a configuration dump. */
  @Override
  public String toString() {
    return "ApiKey[sha256="
        + sha256Hex.substring(0, 8)
        + "…, role="
        + role
        + member.map(m -> ", member=" + m).orElse("")
        + "]";
  }
}
