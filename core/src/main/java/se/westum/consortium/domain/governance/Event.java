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

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Shown;
import se.westum.consortium.domain.shared.Texts;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * An event: a conference, a training, a partnership meeting, a study visit and so on.
 *
 * @param id its identity
 * @param kind what kind of event
 * @param name its name, for example "Westums årliga konferens"
 * @param dates its day or days
 * @param place where, for example "Billinge hus, Skövde"
 * @param country ISO code of the country it took place in
 * @param organiser who arranged it
 * @param goal the operational-plan goal it serves, if any
 * @param participation who took part, as far as it is known
 */
public record Event(
    EventId id,
    EventKind kind,
    String name,
    DateRange dates,
    String place,
    String country,
    String organiser,
    Optional<GoalId> goal,
    Participation participation) {

  /** A country that is no two-letter code. */
  public static final String INVALID_COUNTRY = "invalid-country";

  /** Requires every part; texts of 1 to {@link Limits#NAME} characters; days in range. */
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(participation, "participation");
    Bounds.date("start", dates.start());
    Bounds.date("end", dates.end());
    name = Texts.required("name", name, Limits.NAME);
    place = Texts.required("place", place, Limits.NAME);
    organiser = Texts.required("organiser", organiser, Limits.NAME);
    country = country(country);
  }

  /** The one check of a country code in governance records: two letters, upper-cased. */
  static String country(String country) {
    String code = Objects.requireNonNull(country, "country").strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{2}")) {
      throw ValidationException.of(
          "country", INVALID_COUNTRY, "a country is a two-letter ISO code: " + Shown.value(code));
    }
    return code;
  }

  /** The same event with another participation. */
  public Event withParticipation(Participation other) {
    return new Event(id, kind, name, dates, place, country, organiser, goal, other);
  }
}
