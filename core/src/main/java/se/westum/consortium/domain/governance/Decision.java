package se.westum.consortium.domain.governance;

import java.util.Objects;
import se.westum.consortium.domain.shared.Texts;

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
    subject = Texts.required("subject", subject, 2000);
    outcome = Texts.required("outcome", outcome, 2000);
  }
}
