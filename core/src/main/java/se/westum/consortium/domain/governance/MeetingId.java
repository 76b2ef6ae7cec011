package se.westum.consortium.domain.governance;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies a meeting, for example {@code B2016-03}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record MeetingId(String value) {

  /** Checks the form. */
  public MeetingId {
    Identifiers.check("meeting id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
