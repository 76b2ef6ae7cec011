package se.westum.consortium.domain.training;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies a company visit, for example {@code KOBRA-V0001}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record VisitId(String value) implements Comparable<VisitId> {

  /** Checks the form. */
  public VisitId {
    Identifiers.check("visit id", value);
  }

  @Override
  public int compareTo(VisitId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
