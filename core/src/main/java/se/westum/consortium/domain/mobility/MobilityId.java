package se.westum.consortium.domain.mobility;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies a mobility, for example {@code EPLUS-2015-001}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record MobilityId(String value) implements Comparable<MobilityId> {

  /** Checks the form. */
  public MobilityId {
    Identifiers.check("mobility id", value);
  }

  @Override
  public int compareTo(MobilityId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
