package se.westum.consortium.domain.project;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies a project by its acronym, for example {@code KOBRA}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record ProjectId(String value) implements Comparable<ProjectId> {

  /** Checks the form. */
  public ProjectId {
    Identifiers.check("project acronym", value);
  }

  @Override
  public int compareTo(ProjectId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
