package se.westum.consortium.domain.governance;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies an event, for example {@code 2016-annual-conference}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record EventId(String value) {

  /** Checks the form. */
  public EventId {
    Identifiers.check("event id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
