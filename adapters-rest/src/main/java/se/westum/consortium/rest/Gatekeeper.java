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

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * Authenticates a request by its API key ({@code Authorization: Bearer <key>}, or {@code X-API-Key:
 * <key>}) and decides whether the key's role may call the operation.
 */
final class Gatekeeper {

  static final String REALM = "consortium";
  static final String API_KEY_HEADER = "X-API-Key";
  private static final String BEARER = "Bearer ";

  /** The request attribute holding the admitted caller's key. */
  private static final String CALLER = Gatekeeper.class.getName() + ".caller";

  private final ApiKeys keys;

  Gatekeeper(ApiKeys keys) {
    this.keys = keys;
  }

  /**
   * Lets the request through, or throws.
   *
   * @return the caller's key; empty for a public operation
   * @throws HttpProblem 401 without a valid key, 403 for a role without the right
   * @throws NotFoundException for a {@code MEMBER} key reading another member's data, so the answer
   *     is the same as for a member that does not exist
   */
  Optional<ApiKey> admit(Context ctx, Operation operation) {
    if (operation.access() == Access.PUBLIC) {
      return Optional.empty();
    }
    ApiKey key = authenticate(ctx);
    switch (operation.access()) {
      case ADMIN -> require(key.role() == Role.ADMIN, key);
      case READ_ALL, RECORD_DECISION -> require(key.role() != Role.MEMBER, key);
      case RECORD_OWN_MOBILITY, RECORD_OWN_PARTNER -> require(key.role() != Role.BOARD, key);
      case READ_OWN_MEMBER -> {
        if (key.role() == Role.MEMBER) {
          requireOwnMember(key, ctx.pathParam("organisationNumber"));
        }
      }
      case READ_PUBLISHED, READ_OWN_MOBILITIES, READ_OWN_PARTNER -> {
        // every authenticated role; a member's mobilities are sorted out by the handler
      }
      case PUBLIC -> {
        // handled above
      }
    }
    ctx.attribute(CALLER, key);
    return Optional.of(key);
  }

  /**
   * The organisation a {@code MEMBER} caller is bound to; empty for the other roles (and for a
   * public operation). Handlers that judge access by a record's data ask this after admission.
   */
  static Optional<String> memberOf(Context ctx) {
    ApiKey key = ctx.attribute(CALLER);
    return key == null ? Optional.empty() : key.member();
  }

  /** Refuses a change the caller's role may make only for its own records. */
  static HttpProblem forbidden(String detail) {
    return new HttpProblem(403, "forbidden", detail);
  }

  private ApiKey authenticate(Context ctx) {
    String presented = presentedKey(ctx);
    if (presented == null || presented.isEmpty()) {
      throw new HttpProblem(
          401,
          "missing-credentials",
          "an API key is required: send it as 'Authorization: Bearer <key>' or '"
              + API_KEY_HEADER
              + ": <key>'",
          Map.of("WWW-Authenticate", "Bearer realm=\"" + REALM + "\""));
    }
    return keys.find(presented)
        .orElseThrow(
            () ->
                new HttpProblem(
                    401,
                    "invalid-api-key",
                    "the API key is not valid",
                    Map.of(
                        "WWW-Authenticate",
                        "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"")));
  }

  /** The SHA-256 of the key the request presents, or {@code null} without one. */
  static String presentedKeyHash(Context ctx) {
    String presented = presentedKey(ctx);
    return presented == null || presented.isEmpty() ? null : ApiKey.sha256Hex(presented);
  }

  private static String presentedKey(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return authorization.substring(BEARER.length()).strip();
    }
    String apiKey = ctx.header(API_KEY_HEADER);
    return apiKey == null ? null : apiKey.strip();
  }

  private static void require(boolean allowed, ApiKey key) {
    if (!allowed) {
      throw new HttpProblem(
          403, "forbidden", "an API key with the role " + key.role() + " may not do this");
    }
  }

  private static void requireOwnMember(ApiKey key, String requested) {
    String own = key.member().orElseThrow();
    boolean same =
        OrganisationNumber.isValid(requested)
            && OrganisationNumber.parse(requested).value().equals(own);
    if (!same) {
      // the same answer as for a member that does not exist: existence is not revealed
      throw new NotFoundException(
          "member",
          OrganisationNumber.isValid(requested)
              ? OrganisationNumber.parse(requested).value()
              : requested);
    }
  }
}
