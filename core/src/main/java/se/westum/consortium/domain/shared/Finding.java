package se.westum.consortium.domain.shared;

import java.util.Objects;

/**
 * The verdict of a named rule, with the reason in words, so a report can say why and not only
 * whether.
 *
 * @param rule the rule's stable name, for example {@code paid-in-full}
 * @param satisfied whether the rule holds
 * @param reason the explanation, for example {@code "paid 12000.00 SEK of 12000.00 SEK"}
 */
public record Finding(String rule, boolean satisfied, String reason) {

  /** Requires a rule name and a reason. */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }

  /** A rule that holds. */
  public static Finding satisfied(String rule, String reason) {
    return new Finding(rule, true, reason);
  }

  /** A rule that is broken. */
  public static Finding violated(String rule, String reason) {
    return new Finding(rule, false, reason);
  }
}
