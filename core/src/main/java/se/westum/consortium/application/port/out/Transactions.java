/*
 * Copyright 2026 the consortium library authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except
 * in compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License
 * is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express
 * or implied. See the License for the specific language governing permissions and limitations under
 * the License.
 */
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
