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

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import se.westum.consortium.application.port.out.Transactions;
import se.westum.consortium.domain.shared.DomainException;

/**
 * Handles and transactions over one {@link Jdbi}. A transaction runs at {@code REPEATABLE READ} and
 * binds its handle to the thread that runs it, and every port called on that thread uses it;
 * outside a transaction each operation borrows a short-lived handle of its own. Database exceptions
 * leave here as {@link DomainException}s.
 */
final class Database implements Transactions {

  /** Rows fetched per round trip when streaming, so a long table is never held in memory. */
  static final int FETCH_SIZE = 500;

  private final Jdbi jdbi;
  private final ThreadLocal<Transaction> current = new ThreadLocal<>();
  // whether the data source's database is PostgreSQL, learnt from the first transaction's handle
  private volatile Boolean postgres;

  // the connections Jdbi opens, for plain JDBC reads; empty: those borrow a handle instead
  private final Optional<DataSource> connections;

  Database(Jdbi jdbi) {
    this(jdbi, Optional.empty());
  }

  /** With the data source {@code jdbi} opens its connections from, for {@link #readPlain}. */
  Database(Jdbi jdbi, Optional<DataSource> connections) {
    this.jdbi = jdbi;
    this.connections = connections;
  }

  /** The running transaction of a thread. */
  private static final class Transaction {
    final Handle handle;
    // set when a joined unit of work failed: the whole transaction must then roll back
    boolean rollbackOnly;

    Transaction(Handle handle) {
      this.handle = handle;
    }
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    Transaction running = current.get();
    if (running != null) {
      try {
        return work.get();
      } catch (RuntimeException | Error e) {
        // the outer transaction cannot undo only this part, so none of it may commit
        running.rollbackOnly = true;
        throw e;
      }
    }
    Handle handle = open();
    Transaction transaction = new Transaction(handle);
    current.set(transaction);
    try {
      // every read of a unit of work sees one snapshot, so a check and the write it allows are
      // one step: a record stored meanwhile by another transaction makes this one's write fail
      // (a duplicate key or a serialisation failure, both a conflict), never silently replaced
      begin(handle);
      T result = work.get();
      if (transaction.rollbackOnly) {
        throw new DomainException(
            "transaction-rolled-back",
            "part of the unit of work failed, so none of it was written");
      }
      handle.commit();
      return result;
    } catch (JdbiException e) {
      rollbackQuietly(handle, e);
      throw StorageErrors.translate(e);
    } catch (RuntimeException | Error e) {
      rollbackQuietly(handle, e);
      throw e;
    } finally {
      current.remove();
      closeQuietly(handle);
    }
  }

  /**
   * Begins a transaction at {@code REPEATABLE READ}. On PostgreSQL the level is set for this
   * transaction alone, by its first statement, sent with the driver's {@code BEGIN}: setting the
   * session's level instead costs a round trip to read it, one to set it, and, in a pool that
   * restores a connection's level when it is given back (HikariCP), one more per transaction.
   */
  private void begin(Handle handle) {
    if (isPostgres(handle)) {
      handle.begin();
      handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
    } else {
      handle.setTransactionIsolationLevel(TransactionIsolationLevel.REPEATABLE_READ);
      handle.begin();
    }
  }

  private boolean isPostgres(Handle handle) {
    Boolean known = postgres;
    if (known == null) {
      try {
        known = handle.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL");
      } catch (SQLException e) {
        throw StorageErrors.translate(e);
      }
      postgres = known;
    }
    return known;
  }

  /** Runs {@code work} on the thread's transaction handle, or on a short-lived handle. */
  <T> T read(Function<Handle, T> work) {
    Transaction running = current.get();
    if (running != null) {
      return onTransaction(running, work);
    }
    Handle handle = open();
    try {
      return work.apply(handle);
    } catch (JdbiException e) {
      throw StorageErrors.translate(e);
    } finally {
      closeQuietly(handle);
    }
  }

  /**
   * Runs {@code work} atomically: in the thread's transaction, or in a transaction of its own. An
   * exception thrown by {@code work} rolls back what it wrote.
   */
  <T> T write(Function<Handle, T> work) {
    Transaction running = current.get();
    if (running != null) {
      return onTransaction(running, work);
    }
    return inTransaction(() -> onTransaction(current.get(), work));
  }

  /** The rows of a query with named parameters, read as {@link #read} does. */
  <T> List<T> list(String sql, Map<String, ?> bindings, RowMapper<T> mapper) {
    return read(handle -> handle.createQuery(sql).bindMap(bindings).map(mapper).list());
  }

  /** The one row of a query with named parameters, if there is one, read as {@link #read} does. */
  <T> Optional<T> findOne(String sql, Map<String, ?> bindings, RowMapper<T> mapper) {
    return read(handle -> handle.createQuery(sql).bindMap(bindings).map(mapper).findOne());
  }

  /**
   * The rows of a query, read lazily. Outside a transaction the stream holds a handle of its own,
   * released when the stream is closed.
   */
  <T> Stream<T> stream(String sql, RowMapper<T> mapper) {
    Transaction running = current.get();
    if (running != null) {
      return lazily(running.handle, sql, mapper, () -> running.rollbackOnly = true, () -> {});
    }
    Handle handle = open();
    try {
      // PostgreSQL reads with a cursor (fetch size) only inside a transaction
      handle.begin();
    } catch (JdbiException e) {
      closeQuietly(handle);
      throw StorageErrors.translate(e);
    }
    return lazily(handle, sql, mapper, () -> {}, () -> release(handle));
  }

  private static <T> Stream<T> lazily(
      Handle handle, String sql, RowMapper<T> mapper, Runnable failed, Runnable release) {
    ResultIterator<T> rows;
    try {
      rows = handle.createQuery(sql).setFetchSize(FETCH_SIZE).map(mapper).iterator();
    } catch (RuntimeException e) {
      try {
        release.run();
      } catch (RuntimeException releaseFailure) {
        e.addSuppressed(releaseFailure);
      }
      if (e instanceof JdbiException jdbiFailure) {
        failed.run();
        throw StorageErrors.translate(jdbiFailure);
      }
      throw e;
    }
    Iterator<T> translated =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            try {
              return rows.hasNext();
            } catch (JdbiException e) {
              failed.run();
              throw StorageErrors.translate(e);
            }
          }

          @Override
          public T next() {
            try {
              return rows.next();
            } catch (JdbiException e) {
              failed.run();
              throw StorageErrors.translate(e);
            }
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                translated, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                rows.close();
              } catch (JdbiException e) {
                throw StorageErrors.translate(e);
              } finally {
                release.run();
              }
            });
  }

  private static <T> T onTransaction(Transaction transaction, Function<Handle, T> work) {
    try {
      return work.apply(transaction.handle);
    } catch (JdbiException e) {
      transaction.rollbackOnly = true;
      throw StorageErrors.translate(e);
    } catch (DomainException e) {
      // a failed statement may have aborted the transaction (PostgreSQL): never commit after it
      if (StorageErrors.cameFromTheDatabase(e)) {
        transaction.rollbackOnly = true;
      }
      throw e;
    }
  }

  /** Plain JDBC work on a connection. */
  @FunctionalInterface
  interface ConnectionWork<T> {
    T apply(Connection connection) throws SQLException;
  }

  /**
   * Runs plain JDBC {@code work} on the connection of the thread's transaction, or on a connection
   * of its own in auto-commit: for a hot one-row read, where setting up a Jdbi handle and statement
   * costs several times the query (the budget revision, read on every budget request).
   */
  <T> T readPlain(ConnectionWork<T> work) {
    Transaction running = current.get();
    try {
      if (running != null) {
        return work.apply(running.handle.getConnection());
      }
      if (connections.isEmpty()) {
        return read(handle -> apply(work, handle.getConnection()));
      }
      try (Connection connection = connections.get().getConnection()) {
        return work.apply(connection);
      }
    } catch (SQLException e) {
      throw StorageErrors.translate(e);
    }
  }

  private static <T> T apply(ConnectionWork<T> work, Connection connection) {
    try {
      return work.apply(connection);
    } catch (SQLException e) {
      throw StorageErrors.translate(e);
    }
  }

  private Handle open() {
    try {
      return jdbi.open();
    } catch (JdbiException e) {
      throw StorageErrors.translate(e);
    }
  }

  // a streaming handle only read: end its transaction and give the connection back
  private static void release(Handle handle) {
    try {
      handle.rollback();
    } catch (JdbiException e) {
      closeQuietly(handle);
      throw StorageErrors.translate(e);
    }
    closeQuietly(handle);
  }

  private static void rollbackQuietly(Handle handle, Throwable failure) {
    try {
      if (handle.isInTransaction()) {
        handle.rollback();
      }
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static void closeQuietly(Handle handle) {
    try {
      handle.close();
    } catch (JdbiException e) {
      // the work's outcome is decided; a failure to give back the connection changes nothing
    }
  }
}
