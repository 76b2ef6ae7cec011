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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.Dataset;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.port.out.Transactions;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.RecordsRefusedException;
import se.westum.consortium.domain.shared.RefusedRecord;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * One import: every record kind in dependency order, each checked by the same rules as its record
 * use case and saved batch by batch in one transaction. A refused record is not saved and is
 * reported; the import goes on so that one run names every problem (the first {@link
 * RecordsRefusedException#MAX}); at the end any refusal rolls the whole transaction back, so
 * nothing is written.
 */
final class ImportRun {

  /** The code of an id given twice in one dataset. */
  public static final String DUPLICATE_ID = "duplicate-id";

  private final List<ImportSummary.Kind> kinds = new ArrayList<>();
  private final List<RefusedRecord> refused = new ArrayList<>();
  private int more;

  private ImportRun() {}

  /**
   * Runs {@code body} as one import of {@code dataset} in one transaction.
   *
   * @return the summary, when no record was refused
   * @throws RecordsRefusedException naming the refused records, located by the dataset; nothing was
   *     written
   */
  static ImportSummary run(Transactions transactions, Dataset dataset, Consumer<ImportRun> body) {
    try {
      return transactions.inTransaction(
          () -> {
            ImportRun run = new ImportRun();
            body.accept(run);
            return run.finish();
          });
    } catch (RecordsRefusedException e) {
      throw e.located(dataset.locate(e.refused()));
    }
  }

  /**
   * Imports one kind of record: each record is checked by {@code check} (which throws the rule's
   * {@link DomainException}) and by id unique within the dataset; the accepted ones are saved by
   * {@code save} in batches of {@link Batches#SIZE}.
   *
   * @param kind the record kind, for example {@code mobility}
   * @param records the dataset's records of this kind; closed here
   * @param id the record's id as the dataset names it
   * @param check the record use case's rules for one record
   * @param save saves a batch of accepted records
   */
  <T> void kind(
      String kind,
      Stream<T> records,
      Function<T, String> id,
      Consumer<T> check,
      Function<List<T>, Saved> save) {
    Saved saved = Saved.NONE;
    Set<String> seen = new HashSet<>();
    long ordinal = 0;
    List<T> batch = new ArrayList<>(Batches.SIZE);
    try (records) {
      for (Iterator<T> it = records.iterator(); it.hasNext(); ) {
        T record = it.next();
        ordinal++;
        String key = id.apply(record);
        if (!seen.add(key)) {
          refuse(
              kind,
              ordinal,
              key,
              new DomainException(DUPLICATE_ID, kind + " " + key + " is given more than once"));
          continue;
        }
        try {
          check.accept(record);
          batch.add(record);
        } catch (DomainException e) {
          refuse(kind, ordinal, key, e);
        }
        if (batch.size() == Batches.SIZE) {
          saved = saved.plus(saveBatch(save, batch));
          batch = new ArrayList<>(Batches.SIZE);
        }
      }
    }
    if (!batch.isEmpty()) {
      saved = saved.plus(saveBatch(save, batch));
    }
    kinds.add(new ImportSummary.Kind(kind, saved.added(), saved.changed(), saved.unchanged()));
  }

  /**
   * Whether a record was refused so far (a later kind may skip checks that would only repeat it).
   */
  boolean anyRefused() {
    return !refused.isEmpty();
  }

  private static <T> Saved saveBatch(Function<List<T>, Saved> save, List<T> batch) {
    // saved even after a refusal, so later kinds' references to these records hold and only the
    // real problems are reported; the transaction rolls back at the end all the same
    return save.apply(List.copyOf(batch));
  }

  private void refuse(String kind, long ordinal, String id, DomainException e) {
    if (e instanceof ValidationException invalid) {
      for (ValidationException.FieldError error : invalid.errors()) {
        add(
            new RefusedRecord(
                kind, ordinal, id, error.field(), error.code(), error.message(), Optional.empty()));
      }
    } else {
      String field = e instanceof MissingReferenceException missing ? missing.field() : "";
      add(new RefusedRecord(kind, ordinal, id, field, e.code(), e.getMessage(), Optional.empty()));
    }
  }

  private void add(RefusedRecord record) {
    if (refused.size() < RecordsRefusedException.MAX) {
      refused.add(record);
    } else {
      more++;
    }
  }

  private ImportSummary finish() {
    if (!refused.isEmpty()) {
      throw new RecordsRefusedException(refused, more);
    }
    return new ImportSummary(kinds);
  }
}
