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
package se.westum.consortium.jdbc;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import se.westum.consortium.application.port.out.Saved;

/**
 * Saves records of the training tables by their natural key and says what changed: per chunk, one
 * read of the stored records; a record equal to the stored one is not written; a changed one has
 * its row updated (so rows that refer to it stay valid) and its child rows replaced; a new one is
 * inserted with its children.
 *
 * @param <T> the record
 */
final class KeyedRecords<T> {

  /**
   * A child table.
   *
   * @param delete deletes a record's child rows, bound by {@code bindKey}
   * @param insert inserts one child row
   * @param addRows binds and adds a record's child rows to a batch of {@code insert}
   */
  record Children<T>(String delete, String insert, BiConsumer<PreparedBatch, T> addRows) {}

  private final Function<T, String> key;
  private final BiFunction<Handle, List<T>, Map<String, T>> stored;
  private final String insert;
  private final String update;
  private final BiConsumer<PreparedBatch, T> bindRow;
  private final BiConsumer<PreparedBatch, T> bindKey;
  private final List<Children<T>> children;

  /**
   * Describes the records' tables.
   *
   * @param key a record's natural key, as text
   * @param stored the stored records among a chunk's, by key
   * @param insert inserts a record's row ({@code null}: the record has no row of its own)
   * @param update updates a record's row ({@code null}: no row of its own)
   * @param bindRow binds every column of a record's row, its key included
   * @param bindKey binds a record's key columns, for the children's {@code delete}
   * @param children the child tables
   */
  KeyedRecords(
      Function<T, String> key,
      BiFunction<Handle, List<T>, Map<String, T>> stored,
      String insert,
      String update,
      BiConsumer<PreparedBatch, T> bindRow,
      BiConsumer<PreparedBatch, T> bindKey,
      List<Children<T>> children) {
    this.key = key;
    this.stored = stored;
    this.insert = insert;
    this.update = update;
    this.bindRow = bindRow;
    this.bindKey = bindKey;
    this.children = List.copyOf(children);
  }

  /** Stores the records atomically; the last of several with one key wins. */
  Saved saveAll(Database database, Collection<T> records) {
    if (records.isEmpty()) {
      return Saved.NONE;
    }
    return database.write(
        handle -> {
          Map<String, T> latest = new LinkedHashMap<>();
          records.forEach(r -> latest.put(key.apply(r), r));
          Saved saved = Saved.NONE;
          for (List<T> chunk : Chunks.of(latest.values())) {
            saved = saved.plus(saveChunk(handle, chunk));
          }
          return saved;
        });
  }

  private Saved saveChunk(Handle handle, List<T> chunk) {
    Map<String, T> old = stored.apply(handle, chunk);
    List<T> fresh = new java.util.ArrayList<>();
    List<T> changed = new java.util.ArrayList<>();
    int unchanged = 0;
    for (T record : chunk) {
      T before = old.get(key.apply(record));
      if (before == null) {
        fresh.add(record);
      } else if (before.equals(record)) {
        unchanged++;
      } else {
        changed.add(record);
      }
    }
    if (!changed.isEmpty()) {
      if (update != null) {
        RecordTable.execute(handle.prepareBatch(update), changed, bindRow);
      }
      for (Children<T> child : children) {
        RecordTable.execute(handle.prepareBatch(child.delete()), changed, bindKey);
      }
    }
    if (insert != null) {
      RecordTable.execute(handle.prepareBatch(insert), fresh, bindRow);
    }
    for (Children<T> child : children) {
      PreparedBatch rows = handle.prepareBatch(child.insert());
      for (T record : fresh) {
        child.addRows().accept(rows, record);
      }
      for (T record : changed) {
        child.addRows().accept(rows, record);
      }
      if (rows.size() > 0) {
        rows.execute();
      }
    }
    return new Saved(fresh.size(), changed.size(), unchanged);
  }
}
