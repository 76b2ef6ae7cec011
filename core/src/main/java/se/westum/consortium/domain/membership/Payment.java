package se.westum.consortium.domain.membership;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * A payment a member made against its fee for a year. Identified by member, year, date and amount:
 * recording the same payment twice records it once.
 *
 * @param member the paying member's organisation number
 * @param year the fee year the payment is for
 * @param paidOn the day it was paid
 * @param amount the amount paid; more than zero
 */
public record Payment(OrganisationNumber member, Year year, LocalDate paidOn, Money amount) {

  /** Rejects payments of zero or less. */
  public Payment {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(paidOn, "paidOn");
    Objects.requireNonNull(amount, "amount");
    if (amount.amount().signum() <= 0) {
      throw ValidationException.of("amount", "non-positive-payment", "a payment is more than zero");
    }
  }
}
