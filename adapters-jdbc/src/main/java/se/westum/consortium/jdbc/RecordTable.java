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

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import se.westum.consortium.application.port.out.Saved;

/**
 * A table of records keyed by a text id, each record with rows in child tables that belong wholly
 * to it. Saving replaces by id, in chunks: one query reads which ids of a chunk are stored; a batch
 * updates those rows and a batch per child table deletes their children; a batch inserts the new
 * rows; a batch per child table inserts the children of the whole chunk. The row is updated, not
 * deleted and inserted, so rows of other tables that refer to it (a meeting's decisions, a goal's
 * events) stay valid. A table {@link #comparing} reads the stored records of a chunk instead and
 * leaves a record equal to the stored one untouched (no row written, counted unchanged).
 *
 * @param <T> the record
 */
final class RecordTable<T> {

  /**
   * A child table.
   *
   * @param table its name; its key to the parent has the parent's id column name
   * @param insert the statement inserting one child row
   * @param addRows binds and adds a record's child rows to a batch of {@code insert}
   */
  record Children<T>(String table, String insert, BiConsumer<PreparedBatch, T> addRows) {}

  /** Binds a record's row to a statement with {@code ?} parameters, by position. */
  @FunctionalInterface
  interface RowBinder<T> {
    void bind(PreparedStatement statement, T record) throws SQLException;
  }

  /**
   * New rows inserted by a plain JDBC batch.
   *
   * @param insert the statement, with {@code ?} parameters
   * @param binder binds one record's row
   */
  record PositionalInsert<T>(String insert, RowBinder<T> binder) {}

  /** Reads the stored records among some ids, keyed by id, so a save can leave equal ones be. */
  @FunctionalInterface
  interface Stored<T> {
    Map<String, T> read(Handle handle, List<String> ids);
  }

  private final String table;
  private final String idColumn;
  private final Function<T, String> id;
  private final String insert;
  private final String update;
  private final BiConsumer<PreparedBatch, T> bind;
  private final List<Children<T>> children;
  private final List<References.Reference<T>> references;
  private final BiFunction<Handle, List<String>, List<T>> stored;
  private final boolean sharedRows;
  private final PositionalInsert<T> positional;

  /**
   * Describes the table.
   *
   * @param table the records' table
   * @param idColumn its key column, bound as {@code :id} in {@code insert} and {@code update}
   * @param id a record's id
   * @param insert inserts one record's row
   * @param update changes one record's row, {@code WHERE idColumn = :id}
   * @param bind binds a record's columns other than the id
   * @param children the child tables
   */
  RecordTable(
      String table,
      String idColumn,
      Function<T, String> id,
      String insert,
      String update,
      BiConsumer<PreparedBatch, T> bind,
      List<Children<T>> children) {
    this(table, idColumn, id, insert, update, bind, children, List.of(), null, false, null);
  }

  private RecordTable(
      String table,
      String idColumn,
      Function<T, String> id,
      String insert,
      String update,
      BiConsumer<PreparedBatch, T> bind,
      List<Children<T>> children,
      List<References.Reference<T>> references,
      BiFunction<Handle, List<String>, List<T>> stored,
      boolean sharedRows,
      PositionalInsert<T> positional) {
    this.table = table;
    this.idColumn = idColumn;
    this.id = id;
    this.insert = insert;
    this.update = update;
    this.bind = bind;
    this.children = List.copyOf(children);
    this.references = List.copyOf(references);
    this.stored = stored;
    this.sharedRows = sharedRows;
    this.positional = positional;
  }

  /**
   * This table whose records also name rows of {@code table}, checked before a save writes
   * anything.
   *
   * @param table the referenced table
   * @param idColumn its key column
   * @param what the kind of record, for the error: {@code project}, {@code meeting}, ...
   * @param ids the ids a record names
   */
  RecordTable<T> referring(
      String table, String idColumn, String what, Function<T, Stream<String>> ids) {
    List<References.Reference<T>> all = new ArrayList<>(references);
    all.add(new References.Reference<>(table, idColumn, what, ids));
    return new RecordTable<>(
        this.table,
        this.idColumn,
        id,
        insert,
        update,
        bind,
        children,
        all,
        stored,
        sharedRows,
        positional);
  }

  /**
   * This table, comparing each record of a save with the stored one read by {@code stored} (the
   * records of some ids, on the handle): a record equal to the stored one is not rewritten and is
   * counted unchanged. Without it every stored id counts as changed.
   */
  RecordTable<T> comparing(BiFunction<Handle, List<String>, List<T>> stored) {
    return new RecordTable<>(
        table,
        idColumn,
        id,
        insert,
        update,
        bind,
        children,
        references,
        stored,
        sharedRows,
        positional);
  }

  /**
   * This table, whose rows other record kinds share (a project's training settings row holds its
   * vocabulary and its quota, and stands for its survey mapping): a save reads which rows are
   * stored as well as which records {@link #comparing} finds, so a record whose row is stored
   * without it updates the row (counted added) instead of inserting it again.
   */
  RecordTable<T> sharingRows() {
    return new RecordTable<>(
        table, idColumn, id, insert, update, bind, children, references, stored, true, positional);
  }

  /**
   * This table, inserting new rows by a plain JDBC batch of {@code insert} (the same statement with
   * {@code ?} parameters), bound by position: for a wide row imported by the hundred thousand,
   * Jdbi's named binding per value costs more than the database's insert.
   */
  RecordTable<T> insertingByPosition(String insert, RowBinder<T> binder) {
    return new RecordTable<>(
        table,
        idColumn,
        id,
        this.insert,
        update,
        bind,
        children,
        references,
        stored,
        sharedRows,
        new PositionalInsert<>(insert, binder));
  }

  /**
   * Stores the records as {@link #saveAll(Handle, Collection)} does, atomically: in the thread's
   * transaction or one of their own; no records, no transaction.
   */
  Saved saveAll(Database database, Collection<T> records) {
    if (records.isEmpty()) {
      return Saved.NONE;
    }
    return database.write(handle -> saveAll(handle, records));
  }

  /**
   * Stores the records on the handle, replacing stored ones by id; the last of several with one id
   * wins, as if they were saved one by one. Every id the records name is checked, in the order of
   * {@link #referring}, before anything is written. Without {@link #comparing}, every stored record
   * is rewritten and counted as changed.
   *
   * @return how many records were new, changed and unchanged
   */
  Saved saveAll(Handle handle, Collection<T> records) {
    requireReferences(handle, records);
    Map<String, T> latest = new LinkedHashMap<>();
    records.forEach(record -> latest.put(id.apply(record), record));
    Saved saved = Saved.NONE;
    for (List<T> chunk : Chunks.of(latest.values())) {
      saved = saved.plus(saveChunk(handle, chunk));
    }
    return saved;
  }

  /** Refuses, writing nothing, if a record names an id {@link #referring} that is not stored. */
  void requireReferences(Handle handle, Collection<T> records) {
    for (References.Reference<T> reference : references) {
      reference.require(handle, records);
    }
  }

  private Saved saveChunk(Handle handle, List<T> chunk) {
    List<String> ids = chunk.stream().map(id).toList();
    Map<String, T> before = new HashMap<>();
    java.util.Set<String> storedRows = new java.util.HashSet<>();
    if (stored == null || sharedRows) {
      handle
          .createQuery(
              "SELECT " + idColumn + " FROM " + table + " WHERE " + idColumn + " IN (<ids>)")
          .bindList("ids", ids)
          .mapTo(String.class)
          .forEach(storedRows::add);
    }
    if (stored == null) {
      storedRows.forEach(key -> before.put(key, null));
    } else {
      stored.apply(handle, ids).forEach(record -> before.put(id.apply(record), record));
      if (!sharedRows) {
        storedRows.addAll(before.keySet());
      }
    }
    List<T> fresh = new ArrayList<>();
    List<T> known = new ArrayList<>();
    List<T> written = new ArrayList<>();
    int added = 0;
    for (T record : chunk) {
      String key = id.apply(record);
      if (!before.containsKey(key)) {
        added++;
      }
      if (!storedRows.contains(key)) {
        fresh.add(record);
        written.add(record);
      } else if (stored == null || !record.equals(before.get(key))) {
        known.add(record);
        written.add(record);
      }
    }
    if (!known.isEmpty()) {
      execute(handle.prepareBatch(update), known);
      for (Children<T> child : children) {
        // a batch rather than one long IN list: H2 parses a thousand-parameter statement slowly
        PreparedBatch delete =
            handle.prepareBatch("DELETE FROM " + child.table() + " WHERE " + idColumn + " = :id");
        known.forEach(record -> delete.bind("id", id.apply(record)).add());
        delete.execute();
      }
    }
    try {
      if (positional == null) {
        execute(handle.prepareBatch(insert), fresh);
      } else {
        insertByPosition(handle, fresh);
      }
    } catch (JdbiException e) {
      if (StorageErrors.kindOf(e) == StorageErrors.Kind.DUPLICATE_KEY) {
        // another transaction inserted one of these ids after the query above read the chunk
        throw StorageErrors.recordedConcurrently(
            kind(), fresh.size() == 1 ? id.apply(fresh.get(0)) : "", e);
      }
      throw e;
    }
    for (Children<T> child : children) {
      PreparedBatch rows = handle.prepareBatch(child.insert());
      written.forEach(record -> child.addRows().accept(rows, record));
      if (rows.size() > 0) {
        rows.execute();
      }
    }
    return new Saved(added, written.size() - added, chunk.size() - written.size());
  }

  private void insertByPosition(Handle handle, List<T> records) {
    if (records.isEmpty()) {
      return;
    }
    // the handle's connection, so the rows are written in its transaction
    try (PreparedStatement statement =
        handle.getConnection().prepareStatement(positional.insert())) {
      for (T record : records) {
        positional.binder().bind(statement, record);
        statement.addBatch();
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException("inserting into " + table, e, null);
    }
  }

  // consortium_working_group -> working-group
  private String kind() {
    return table.replaceFirst("^consortium_", "").replace('_', '-');
  }

  private void execute(PreparedBatch batch, List<T> records) {
    execute(
        batch,
        records,
        (row, record) -> {
          row.bind("id", id.apply(record));
          bind.accept(row, record);
        });
  }

  /** Binds and adds each record to the batch, and runs it unless there are none. */
  static <R> void execute(
      PreparedBatch batch, Collection<R> records, BiConsumer<PreparedBatch, R> bind) {
    for (R record : records) {
      bind.accept(batch, record);
      batch.add();
    }
    if (batch.size() > 0) {
      batch.execute();
    }
  }
}
