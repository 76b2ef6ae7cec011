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

import java.util.Locale;
import java.util.Objects;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Shown;
import se.westum.consortium.domain.shared.Texts;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * An organisation's location: the sending or receiving end of a mobility.
 *
 * @param organisation the organisation's name
 * @param city its city
 * @param country ISO 3166-1 alpha-2 code
 * @param coordinates where it is
 */
public record Place(String organisation, String city, String country, Coordinates coordinates) {

  /** A country that is not a two-letter ISO code. */
  public static final String INVALID_COUNTRY = "invalid-country";

  /** Requires every part; texts of 1 to {@link Limits#NAME} characters. */
  public Place {
    organisation = Texts.required("organisation", organisation, Limits.NAME);
    city = Texts.required("city", city, Limits.NAME);
    country = Objects.requireNonNull(country, "country").strip().toUpperCase(Locale.ROOT);
    if (!twoLetters(country)) {
      throw ValidationException.of(
          "country",
          INVALID_COUNTRY,
          "a country is a two-letter ISO code: " + Shown.value(country));
    }
    Objects.requireNonNull(coordinates, "coordinates");
  }

  // [A-Z]{2} without a regex: a place is built twice per mobility read, imported or listed
  private static boolean twoLetters(String country) {
    return country.length() == 2 && upper(country.charAt(0)) && upper(country.charAt(1));
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
