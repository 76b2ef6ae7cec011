package se.westum.consortium.domain.training;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies a sector in a project's vocabulary, for example {@code visitor-industry}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record SectorId(String value) implements Comparable<SectorId> {

  /** Checks the form. */
  public SectorId {
    Identifiers.check("sector", value);
  }

  @Override
  public int compareTo(SectorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
