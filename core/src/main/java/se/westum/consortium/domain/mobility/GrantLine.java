package se.westum.consortium.domain.mobility;

import java.util.Objects;
import se.westum.consortium.domain.shared.Money;

/**
 * One line of a mobility's grant, with how it was found.
 *
 * @param item what it pays: travel, individual support, organisational support, inclusion support,
 *     course fees
 * @param amount the amount in EUR
 * @param explanation the calculation in words
 */
public record GrantLine(String item, Money amount, String explanation) {

  /** Requires every part. */
  public GrantLine {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(explanation, "explanation");
  }
}
