package se.westum.consortium.domain.training;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies a training (utbildningsinsats) of a project, for example {@code KOBRA-T01}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record TrainingId(String value) implements Comparable<TrainingId> {

  /** Checks the form. */
  public TrainingId {
    Identifiers.check("training id", value);
  }

  @Override
  public int compareTo(TrainingId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
