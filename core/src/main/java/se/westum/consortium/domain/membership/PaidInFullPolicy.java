package se.westum.consortium.domain.membership;

import java.time.Year;
import java.util.Collection;
import java.util.Optional;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.Money;

/**
 * A member is <em>paying</em> in a year when its payments for that year cover its fee for that
 * year. A member without a fee for the year is not paying: nothing was asked of it.
 */
public final class PaidInFullPolicy {

  /** The rule's stable name. */
  public static final String RULE = "paid-in-full";

  /**
   * Judges one member's year.
   *
   * @param year the fee year
   * @param fee the member's fee for the year, if one was set
   * @param payments the member's payments for the year (others are ignored)
   * @return the verdict with its reason
   * @throws DomainException if a payment is in another currency than the fee
   */
  public Finding assess(Year year, Optional<AnnualFee> fee, Collection<Payment> payments) {
    if (fee.isEmpty()) {
      return Finding.violated(RULE, "no fee is set for " + year);
    }
    Money due = fee.get().amount();
    Money paid = Money.zero(due.currency());
    for (Payment payment : payments) {
      if (payment.year().equals(year)) {
        paid = paid.plus(payment.amount());
      }
    }
    String reason = "paid " + paid + " of " + due + " for " + year;
    return paid.isAtLeast(due) ? Finding.satisfied(RULE, reason) : Finding.violated(RULE, reason);
  }
}
