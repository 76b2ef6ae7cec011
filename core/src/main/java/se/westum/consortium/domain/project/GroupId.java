package se.westum.consortium.domain.project;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies a project board or working group, for example {@code KOBRA-PB}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record GroupId(String value) implements Comparable<GroupId> {

  /** Checks the form. */
  public GroupId {
    Identifiers.check("group id", value);
  }

  @Override
  public int compareTo(GroupId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
