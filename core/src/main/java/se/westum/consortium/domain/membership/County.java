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
package se.westum.consortium.domain.membership;

import java.util.Objects;

/**
 * A Swedish county (län).
 *
 * @param code SCB county code
 * @param name full name, for example {@code Västra Götalands län}
 * @param shortName short name, for example {@code Västra Götaland}
 */
public record County(CountyCode code, String name, String shortName) {

  /** Requires every part. */
  public County {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
  }
}
