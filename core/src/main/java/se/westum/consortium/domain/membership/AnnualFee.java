package se.westum.consortium.domain.membership;

import java.time.Year;
import java.util.Objects;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * The fee (årsavgift) a member owes for one year. At most one per member and year.
 *
 * @param member the member's organisation number
 * @param year the year the fee is for
 * @param amount the fee; zero or more
 */
public record AnnualFee(OrganisationNumber member, Year year, Money amount) {

  /** Rejects a negative fee. */
  public AnnualFee {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw ValidationException.of("amount", "negative-fee", "a fee cannot be negative");
    }
  }
}
