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
package se.westum.consortium.application.service;

import java.util.Optional;
import java.util.function.Supplier;
import se.westum.consortium.application.port.out.Transactions;
import se.westum.consortium.domain.shared.CreateOnlyPolicy;

/**
 * How the record use cases write: every record use case runs its checks and its save through {@link
 * #record}, in one transaction. A core built for create-only writes ({@link
 * Consortium#createOnly()}) first looks up the record stored under the id in that same transaction
 * and refuses to replace it; a concurrent first write of the same id meets the store's unique key
 * and ends as a conflict too, so one create wins.
 */
final class Writes {

  private final Transactions transactions;
  private final boolean createOnly;
  private final CreateOnlyPolicy policy = new CreateOnlyPolicy();

  private Writes(Transactions transactions, boolean createOnly) {
    this.transactions = transactions;
    this.createOnly = createOnly;
  }

  /** Writes that record or replace. */
  static Writes createOrReplace(Transactions transactions) {
    return new Writes(transactions, false);
  }

  /** Writes that record new records only. */
  static Writes createOnly(Transactions transactions) {
    return new Writes(transactions, true);
  }

  /**
   * Runs {@code write} in a transaction; for create-only writes, after {@link CreateOnlyPolicy}
   * found nothing stored under the id.
   *
   * @param kind the kind of record, for the refusal: {@code programme}, {@code mobility}, ...
   * @param id the record's id, for the refusal
   * @param stored reads the record stored under the id (in the transaction)
   * @param write the checks and the save
   */
  <T> T record(String kind, String id, Supplier<? extends Optional<?>> stored, Supplier<T> write) {
    return transactions.inTransaction(
        () -> {
          if (createOnly) {
            policy.require(kind, id, stored.get().isPresent());
          }
          return write.get();
        });
  }
}
