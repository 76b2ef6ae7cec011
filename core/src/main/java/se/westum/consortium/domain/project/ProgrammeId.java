package se.westum.consortium.domain.project;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies a funding programme, for example {@code INTERREG-OKS}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record ProgrammeId(String value) implements Comparable<ProgrammeId> {

  /** Checks the form. */
  public ProgrammeId {
    Identifiers.check("programme id", value);
  }

  @Override
  public int compareTo(ProgrammeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
