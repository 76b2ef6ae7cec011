package se.westum.consortium.domain.governance;

import java.util.Objects;

/**
 * One person's seat on the board for a term.
 *
 * @param person pseudonymous reference, used for attendance
 * @param name the person's name (personal data, masked in {@code toString})
 * @param role the role held
 */
public record BoardSeat(PersonRef person, PersonName name, BoardRole role) {

  /** Requires every part. */
  public BoardSeat {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
