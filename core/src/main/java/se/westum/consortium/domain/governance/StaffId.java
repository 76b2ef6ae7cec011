package se.westum.consortium.domain.governance;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies an employment, for example {@code S-03}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record StaffId(String value) {

  /** Checks the form. */
  public StaffId {
    Identifiers.check("staff id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
