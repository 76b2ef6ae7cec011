package se.westum.consortium.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: every change made through the other ports inside it is applied,
 * or none is.
 */
public interface Transactions {

  /**
   * Runs {@code work} in a transaction; commits when it returns, rolls back when it throws (and
   * rethrows). A call inside a running transaction joins it.
   */
  <T> T inTransaction(Supplier<T> work);
}
