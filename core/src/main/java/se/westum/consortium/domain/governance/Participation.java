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

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Shown;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * Who took part in an event, as far as it is known: a total alone, counts per organisation and
 * country, or a list of pseudonymous people (when distinct people must be counted across events).
 */
public sealed interface Participation {

  /** No organisation or person listed where a list is given. */
  String NO_PARTICIPANTS = "no-participants";

  /** An organisation listed twice for one event. */
  String DUPLICATE_ORGANISATION = "duplicate-organisation";

  /** The number of participants. */
  int total();

  /** Participants per country; empty when only a total is known. */
  Map<String, Integer> byCountry();

  /** The number of distinct organisations, when known. */
  java.util.OptionalInt organisations();

  /**
   * Only the total is known.
   *
   * @param count participants, 0 or more
   */
  record Total(int count) implements Participation {
    /** Rejects a negative count. */
    public Total {
      Bounds.count("participants", count, 0);
    }

    @Override
    public int total() {
      return count;
    }

    @Override
    public Map<String, Integer> byCountry() {
      return Map.of();
    }

    @Override
    public java.util.OptionalInt organisations() {
      return java.util.OptionalInt.empty();
    }
  }

  /**
   * Counts per organisation and country.
   *
   * @param rows one row per organisation, at least one; an organisation appears once (an error
   *     names the repeated one as {@code organisations[i]}, 0-based)
   */
  record ByOrganisation(List<OrganisationParticipants> rows) implements Participation {
    /** Rejects an empty list and repeated organisations. */
    public ByOrganisation {
      rows = List.copyOf(rows);
      if (rows.isEmpty()) {
        throw ValidationException.of(
            "participants", NO_PARTICIPANTS, "list at least one organisation");
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < rows.size(); i++) {
        if (!seen.add(rows.get(i).organisation())) {
          throw ValidationException.of(
              "organisations[" + i + "]",
              DUPLICATE_ORGANISATION,
              "organisation "
                  + Shown.value(rows.get(i).organisation())
                  + " is listed more than once: an organisation is listed once per event");
        }
      }
    }

    @Override
    public int total() {
      return rows.stream().mapToInt(OrganisationParticipants::count).sum();
    }

    @Override
    public Map<String, Integer> byCountry() {
      return Collections.unmodifiableMap(
          rows.stream()
              .collect(
                  Collectors.toMap(
                      OrganisationParticipants::country,
                      OrganisationParticipants::count,
                      Integer::sum,
                      TreeMap::new)));
    }

    @Override
    public java.util.OptionalInt organisations() {
      return java.util.OptionalInt.of(rows.size());
    }
  }

  /**
   * Distinct people, by pseudonymous reference.
   *
   * @param people at least one
   */
  record ByPerson(SortedSet<PersonRef> people) implements Participation {
    /** Rejects an empty set. */
    public ByPerson {
      people = Collections.unmodifiableSortedSet(new TreeSet<>(people));
      if (people.isEmpty()) {
        throw ValidationException.of("participants", NO_PARTICIPANTS, "list at least one person");
      }
    }

    @Override
    public int total() {
      return people.size();
    }

    @Override
    public Map<String, Integer> byCountry() {
      return Map.of();
    }

    @Override
    public java.util.OptionalInt organisations() {
      return java.util.OptionalInt.empty();
    }
  }
}
