package se.westum.consortium.domain.project;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies a partner of a project, for example {@code KOBRA-SKOVDE}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record PartnerId(String value) implements Comparable<PartnerId> {

  /** Checks the form. */
  public PartnerId {
    Identifiers.check("partner id", value);
  }

  @Override
  public int compareTo(PartnerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
