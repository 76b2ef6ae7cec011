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

import java.util.Locale;
import java.util.Objects;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Shown;
import se.westum.consortium.domain.shared.Texts;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * How many people of one organisation, in one country, took part in a delivered training.
 *
 * @param organisation the organisation's name, 1 to {@link Limits#NAME} characters
 * @param country its ISO 3166-1 alpha-2 country code, upper case
 * @param count the participants, 1 or more
 */
public record ParticipantCount(String organisation, String country, int count) {

  /** A country that is not a two-letter code. */
  public static final String INVALID_COUNTRY = "invalid-country";

  /** Requires every part. */
  public ParticipantCount {
    organisation = Texts.required("organisation", organisation, Limits.NAME);
    country = country("country", Objects.requireNonNull(country, "country"));
    Bounds.count("count", count, 1);
  }

  /**
   * A country code normalised to upper case.
   *
   * @param field the field that holds it, for the error
   * @throws ValidationException with code {@link #INVALID_COUNTRY}
   */
  static String country(String field, String code) {
    String normalised = code.strip().toUpperCase(Locale.ROOT);
    if (!normalised.matches("[A-Z]{2}")) {
      throw ValidationException.of(
          field, INVALID_COUNTRY, "a country is a two-letter ISO code, not " + Shown.value(code));
    }
    return normalised;
  }
}
