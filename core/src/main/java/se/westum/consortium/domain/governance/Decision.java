package se.westum.consortium.domain.governance;

import java.util.Objects;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * A numbered decision (beslut, §) of a meeting. Valid only when taken at a quorate meeting: the
 * service checks that with {@link QuorumPolicy} before it is recorded.
 *
 * @param id meeting and § number
 * @param subject what it is about
 * @param outcome what was decided
 */
public record Decision(DecisionId id, String subject, String outcome) {

  /** Requires a subject and an outcome of 1 to 2000 characters. */
  public Decision {
    Objects.requireNonNull(id, "id");
    subject = text("subject", subject);
    outcome = text("outcome", outcome);
  }

  private static String text(String field, String value) {
    String stripped = Objects.requireNonNull(value, field).strip();
    if (stripped.isEmpty() || stripped.length() > 2000) {
      throw ValidationException.of(
          field, "invalid-" + field, "a " + field + " has 1 to 2000 characters");
    }
    return stripped;
  }
}
