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
package se.westum.consortium.domain.governance;

import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;

/**
 * How many people of one organisation took part in an event.
 *
 * @param organisation the organisation's name
 * @param country ISO 3166-1 alpha-2 code, upper case
 * @param count participants, 1 or more
 */
public record OrganisationParticipants(String organisation, String country, int count) {

  /** An organisation name that is blank or too long. */
  public static final String INVALID_ORGANISATION = "invalid-organisation";

  /** A country that is not a two-letter ISO code. */
  public static final String INVALID_COUNTRY = "invalid-country";

  /** A count of participants out of range. */
  public static final String INVALID_COUNT = "invalid-count";

  /** Requires a name, a two-letter country and a positive count. */
  public OrganisationParticipants {
    organisation = Texts.required("organisation", organisation, Limits.NAME);
    country = Event.country(country);
    Bounds.count("count", count, 1);
  }
}
