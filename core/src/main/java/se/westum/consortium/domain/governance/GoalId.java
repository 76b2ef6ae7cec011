package se.westum.consortium.domain.governance;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies an operational-plan goal, for example {@code 2016-I}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record GoalId(String value) {

  /** Checks the form. */
  public GoalId {
    Identifiers.check("goal id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
