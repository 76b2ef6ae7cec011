package se.westum.consortium.domain.training;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies a competence broker (kompetensmäklare) of a project, for example {@code KOBRA-KM01}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record BrokerId(String value) implements Comparable<BrokerId> {

  /** Checks the form. */
  public BrokerId {
    Identifiers.check("broker id", value);
  }

  @Override
  public int compareTo(BrokerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
