package se.westum.consortium.domain.project;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies a main activity (work package), for example {@code KOBRA-A1}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record ActivityId(String value) implements Comparable<ActivityId> {

  /** Checks the form. */
  public ActivityId {
    Identifiers.check("activity id", value);
  }

  @Override
  public int compareTo(ActivityId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
