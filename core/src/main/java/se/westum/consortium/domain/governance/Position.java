package se.westum.consortium.domain.governance;

import java.util.Objects;

/**
 * A position of trust for a term: a member of the nomination committee, or an auditor.
 *
 * @param kind which position
 * @param person pseudonymous reference
 * @param name the person's name (personal data, masked in {@code toString})
 */
public record Position(PositionKind kind, PersonRef person, PersonName name) {

  /** Requires every part. */
  public Position {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(name, "name");
  }
}
