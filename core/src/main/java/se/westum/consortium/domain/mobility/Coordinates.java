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

import java.math.BigDecimal;
import java.util.Objects;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Shown;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * A point on Earth in decimal degrees (WGS 84).
 *
 * @param latitude -90 to 90
 * @param longitude -180 to 180
 */
public record Coordinates(BigDecimal latitude, BigDecimal longitude) {

  private static final BigDecimal NINETY = BigDecimal.valueOf(90);
  private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);

  /** A latitude outside -90 to 90. */
  public static final String INVALID_LATITUDE = "invalid-latitude";

  /** A longitude outside -180 to 180. */
  public static final String INVALID_LONGITUDE = "invalid-longitude";

  /** Coordinates that are not LAT,LON. */
  public static final String INVALID_COORDINATES = "invalid-coordinates";

  /**
   * Rejects values outside the ranges and values with more than {@link Limits#COORDINATE_SCALE}
   * decimals (never rounded).
   */
  public Coordinates {
    Objects.requireNonNull(latitude, "latitude");
    Objects.requireNonNull(longitude, "longitude");
    if (latitude.abs().compareTo(NINETY) > 0) {
      throw ValidationException.of(
          "latitude",
          INVALID_LATITUDE,
          "a latitude is -90 to 90: " + Shown.value(latitude.toPlainString()));
    }
    if (longitude.abs().compareTo(ONE_EIGHTY) > 0) {
      throw ValidationException.of(
          "longitude",
          INVALID_LONGITUDE,
          "a longitude is -180 to 180: " + Shown.value(longitude.toPlainString()));
    }
    Bounds.decimal("latitude", latitude, Limits.COORDINATE_INTEGER_DIGITS, Limits.COORDINATE_SCALE);
    Bounds.decimal(
        "longitude", longitude, Limits.COORDINATE_INTEGER_DIGITS, Limits.COORDINATE_SCALE);
  }

  /**
   * Parses {@code "LAT,LON"}, for example {@code "57.7089,11.9746"}.
   *
   * @throws ValidationException naming what is wrong
   */
  public static Coordinates parse(String text) {
    String[] parts = text == null ? new String[0] : text.split(",", -1);
    if (parts.length != 2) {
      throw ValidationException.of(
          "coordinates",
          INVALID_COORDINATES,
          "coordinates are LAT,LON in decimal degrees: " + Shown.value(String.valueOf(text)));
    }
    try {
      return new Coordinates(new BigDecimal(parts[0].strip()), new BigDecimal(parts[1].strip()));
    } catch (NumberFormatException e) {
      throw ValidationException.of(
          "coordinates",
          INVALID_COORDINATES,
          "coordinates are LAT,LON in decimal degrees: " + Shown.value(String.valueOf(text)));
    }
  }

  @Override
  public String toString() {
    return latitude.toPlainString() + "," + longitude.toPlainString();
  }
}
