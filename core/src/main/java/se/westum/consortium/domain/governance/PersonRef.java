package se.westum.consortium.domain.governance;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * A pseudonymous reference to a person (for example {@code P-0007}): enough to tell people apart
 * and count them across records, without their name.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record PersonRef(String value) implements Comparable<PersonRef> {

  /** Checks the form. */
  public PersonRef {
    Identifiers.check("person reference", value);
  }

  @Override
  public int compareTo(PersonRef other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
