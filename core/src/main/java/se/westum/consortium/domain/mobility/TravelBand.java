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
package se.westum.consortium.domain.mobility;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.westum.consortium.domain.shared.Money;

/**
 * A distance band of the travel unit costs of one generation of calls.
 *
 * @param fromKm lowest one-way distance of the band, inclusive
 * @param toKm highest one-way distance, inclusive; empty for the open last band
 * @param standard the amount per participant (return trip)
 * @param green the amount for green travel, when the generation has one
 * @param standardConfirmed false when the standard amount is not confirmed against the guide
 * @param greenConfirmed false when the green amount is not confirmed against the guide
 * @param source where the values come from
 */
public record TravelBand(
    int fromKm,
    OptionalInt toKm,
    Money standard,
    Optional<Money> green,
    boolean standardConfirmed,
    boolean greenConfirmed,
    String source) {

  /** Requires a consistent band. */
  public TravelBand {
    Objects.requireNonNull(toKm, "toKm");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(green, "green");
    Objects.requireNonNull(source, "source");
    if (fromKm < 0 || (toKm.isPresent() && toKm.getAsInt() < fromKm)) {
      throw new IllegalArgumentException("a band runs from a distance to a larger one");
    }
  }

  /** True when a one-way distance of {@code km} falls in this band. */
  public boolean contains(int km) {
    return km >= fromKm && (toKm.isEmpty() || km <= toKm.getAsInt());
  }

  /** The band as the guides write it, for example {@code 500–1999 km} or {@code 8000+ km}. */
  public String label() {
    return toKm.isPresent() ? fromKm + "–" + toKm.getAsInt() + " km" : fromKm + "+ km";
  }
}
