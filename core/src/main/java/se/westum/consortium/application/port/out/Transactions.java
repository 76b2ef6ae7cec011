package se.westum.consortium.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: every change made through the other ports inside it is applied,
 * or none is.
 */
public interface Transactions {

  /**
   * Runs {@code work} in a transaction; commits when it returns, rolls back when it throws (and
   * rethrows). A call inside a running transaction joins it; if such a joined unit throws, the
   * whole transaction is rolled back even when the outer work catches the exception, and the
   * outermost call then throws a {@link se.westum.consortium.domain.shared.DomainException} with
   * code {@code transaction-rolled-back}.
   */
  <T> T inTransaction(Supplier<T> work);
}
