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
package se.westum.consortium.domain.training;

import se.westum.consortium.domain.shared.ValidationException;

/**
 * How many needs-based trainings each partner of a project delivers in the project period,
 * configurable per project (seed: "1-3 behovsbaserade utbildningar").
 *
 * @param min the fewest, 0 or more
 * @param max the most, at least {@code min} and at least 1
 */
public record Quota(int min, int max) {

  /** A quota whose bounds are negative or crossed. */
  public static final String INVALID_QUOTA = "invalid-quota";

  /** Kobra's quota: 1 to 3. */
  public static final Quota DEFAULT = new Quota(1, 3);

  /** Requires 0 ≤ min ≤ max and max ≥ 1. */
  public Quota {
    if (min < 0 || max < Math.max(min, 1) || max > 1000) {
      throw ValidationException.of(
          "quota",
          INVALID_QUOTA,
          "a quota is 0 ≤ min ≤ max, max 1 to 1000, not " + min + " to " + max);
    }
  }

  @Override
  public String toString() {
    return min + " to " + max;
  }
}
