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

import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import se.westum.consortium.domain.shared.Money;

/**
 * The travel grant of one participant's return trip.
 *
 * @param callYear the call year whose table applies
 * @param distanceKm one-way great-circle distance in whole kilometres
 * @param band the distance band; empty under 10 km
 * @param green true when the green amount was paid
 * @param amount the grant in EUR
 * @param explanation how the amount was found, for a person to check
 */
public record TravelGrant(
    Year callYear,
    int distanceKm,
    Optional<TravelBand> band,
    boolean green,
    Money amount,
    String explanation) {

  /** Requires every part. */
  public TravelGrant {
    Objects.requireNonNull(callYear, "callYear");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * Finds the grant of a trip: the distance picks the band of the call year's table; green travel
   * is paid the green amount where the table has one, the standard amount otherwise; under 10 km
   * there is no travel grant.
   */
  public static TravelGrant of(
      UnitCosts costs, Year callYear, Coordinates from, Coordinates to, boolean greenTravel) {
    UnitCosts.Generation generation = costs.generation(callYear);
    int km = GreatCircle.distanceKm(from, to);
    Optional<TravelBand> band = generation.band(km);
    if (band.isEmpty()) {
      return new TravelGrant(
          callYear,
          km,
          band,
          false,
          Money.of("0", "EUR"),
          km + " km is under the first band: no travel grant");
    }
    TravelBand b = band.get();
    boolean paidGreen = greenTravel && b.green().isPresent();
    Money amount = paidGreen ? b.green().get() : b.standard();
    String which =
        paidGreen
            ? "green amount"
            : greenTravel ? "standard amount (no green amount in this band)" : "standard amount";
    boolean confirmed = paidGreen ? b.greenConfirmed() : b.standardConfirmed();
    return new TravelGrant(
        callYear,
        km,
        band,
        paidGreen,
        amount,
        km
            + " km falls in band "
            + b.label()
            + " of calls "
            + generation.name()
            + ": "
            + which
            + " "
            + amount
            + (confirmed ? "" : " (not confirmed against the programme guide)"));
  }
}
