package se.westum.consortium.domain.mobility;

import java.util.Objects;
import se.westum.consortium.domain.shared.Money;

/**
 * One unit-cost value of a generation of calls, with its source.
 *
 * @param item what it pays for
 * @param amount the amount in EUR
 * @param confirmed false when not confirmed against the programme guide
 * @param source where the value comes from
 */
public record UnitCost(UnitCostItem item, Money amount, boolean confirmed, String source) {

  /** Requires every part. */
  public UnitCost {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(source, "source");
  }
}
