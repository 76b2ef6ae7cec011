package se.westum.consortium.domain.governance;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies a term of office, for example {@code 2016}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record TermId(String value) {

  /** Checks the form. */
  public TermId {
    Identifiers.check("term id", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
