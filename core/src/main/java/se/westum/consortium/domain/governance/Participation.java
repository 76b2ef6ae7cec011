package se.westum.consortium.domain.governance;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * Who took part in an event, as far as it is known: a total alone, counts per organisation and
 * country, or a list of pseudonymous people (when distinct people must be counted across events).
 */
public sealed interface Participation {

  /** A count of participants out of range. */
  public static final String INVALID_COUNT = "invalid-count";

  /** An event with no participants listed. */
  public static final String NO_PARTICIPANTS = "no-participants";

  /** An organisation listed twice for one event. */
  public static final String DUPLICATE_ORGANISATION = "duplicate-organisation";

  /** An event whose participants are given in two forms. */
  public static final String ONE_PARTICIPATION_FORM = "one-participation-form";

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
      if (count < 0) {
        throw ValidationException.of(
            "participants", INVALID_COUNT, "a count of participants is 0 or more");
      }
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
   * @param rows one row per organisation, at least one; an organisation appears once
   */
  record ByOrganisation(List<OrganisationParticipants> rows) implements Participation {
    /** Rejects an empty list and repeated organisations. */
    public ByOrganisation {
      rows = List.copyOf(rows);
      if (rows.isEmpty()) {
        throw ValidationException.of(
            "participants", NO_PARTICIPANTS, "list at least one organisation");
      }
      if (rows.stream().map(OrganisationParticipants::organisation).distinct().count()
          != rows.size()) {
        throw ValidationException.of(
            "participants", DUPLICATE_ORGANISATION, "an organisation is listed once per event");
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
