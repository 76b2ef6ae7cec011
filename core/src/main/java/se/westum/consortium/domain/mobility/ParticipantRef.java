package se.westum.consortium.domain.mobility;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies a participant pseudonymously, never by name or personnummer, for example {@code
 * L-017}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record ParticipantRef(String value) implements Comparable<ParticipantRef> {

  /** Checks the form. */
  public ParticipantRef {
    Identifiers.check("participant reference", value);
  }

  @Override
  public int compareTo(ParticipantRef other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
