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

/**
 * One-way great-circle distance, as the European Commission's distance calculator measures it for
 * travel bands: the haversine formula on a sphere of mean radius 6371 km.
 */
final class GreatCircle {

  private static final int EARTH_RADIUS_KM = 6371;

  private GreatCircle() {}

  /**
   * The distance in whole kilometres, rounded down (a band's lower bound is reached only when the
   * distance really is that far).
   */
  static int distanceKm(Coordinates from, Coordinates to) {
    // trigonometry needs floating point; the result is turned into whole kilometres at once
    double lat1 = Math.toRadians(from.latitude().doubleValue());
    double lat2 = Math.toRadians(to.latitude().doubleValue());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(to.longitude().doubleValue() - from.longitude().doubleValue());
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    double c = 2 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
    return (int) Math.floor(EARTH_RADIUS_KM * c);
  }
}
