package se.westum.consortium.domain.project;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies an indicator, for example {@code KOBRA-VISITS}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record IndicatorId(String value) implements Comparable<IndicatorId> {

  /** Checks the form. */
  public IndicatorId {
    Identifiers.check("indicator id", value);
  }

  @Override
  public int compareTo(IndicatorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
