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

import java.util.List;
import java.util.Objects;
import se.westum.consortium.domain.shared.Percentage;

/**
 * How many of a region's municipalities paying members cover.
 *
 * @param counties the counties that make up the region
 * @param covered municipalities of the region covered by at least one paying member
 * @param total municipalities in the region
 * @param percent {@code covered} of {@code total}
 */
public record RegionCoverage(List<County> counties, int covered, int total, Percentage percent) {

  /** Requires consistent counts. */
  public RegionCoverage {
    counties = List.copyOf(counties);
    Objects.requireNonNull(percent, "percent");
    if (covered < 0 || covered > total) {
      throw new IllegalArgumentException("covered must be between 0 and total");
    }
  }
}
