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

import se.westum.consortium.domain.shared.ValidationException;

/**
 * HTTP's {@code If-None-Match: *} on a {@code PUT}: "create only". Every {@code PUT} route runs one
 * of two actions, the same handler wired to the core as it is ({@code PUT} records or replaces) or
 * to the core's {@code createOnly()} view, whose record use cases look the record up in the write's
 * own transaction and refuse to replace it (409 {@code already-recorded} naming the record). A
 * create that loses a race at the database's unique key answers 409 too ({@code concurrent-change},
 * naming the record): one create wins, whatever the timing. No route special- cases it; a new
 * {@code PUT} route gets it by being a {@code PUT}.
 */
final class CreateOnly {

  /** The request header. */
  static final String HEADER = "If-None-Match";

  private CreateOnly() {}

  /**
   * The action that honours {@code If-None-Match}: {@code *} runs {@code createOnly}, no header
   * runs {@code createOrReplace}, any other value (an entity tag: the API sends none) answers 400
   * {@code unsupported-precondition} rather than being ignored.
   */
  static Endpoints.Action either(Endpoints.Action createOrReplace, Endpoints.Action createOnly) {
    return ctx -> {
      String condition = ctx.header(HEADER);
      if (condition == null) {
        createOrReplace.handle(ctx);
      } else if (condition.strip().equals("*")) {
        createOnly.handle(ctx);
      } else {
        throw ValidationException.of(
            HEADER,
            "unsupported-precondition",
            "only If-None-Match: * (create only, never replace) is supported");
      }
    };
  }
}
