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

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.Shown;
import se.westum.consortium.domain.shared.StorageFailureException;
import se.westum.consortium.domain.shared.StorageUnavailableException;

/**
 * Turns database errors into the core's {@link DomainException}s. Messages name no SQL, table or
 * value; the database error stays attached as the cause, for the host's logs.
 */
final class StorageErrors {

  /** What a failed statement means to the domain, read from SQL states and vendor codes. */
  enum Kind {
    /** A primary key taken twice. */
    DUPLICATE_KEY,
    /** A foreign key naming a record that is not stored (a member, a meeting, a goal). */
    MISSING_REFERENCE,
    /** Lost to a concurrent transaction: deadlock, serialisation failure, lock timeout. */
    CONCURRENT_CHANGE,
    /** The database file is held by another process (H2 in embedded mode). */
    IN_USE,
    /**
     * The database cannot be reached or did not answer in time: connection refused or lost, a pool
     * or connect timeout, a statement timeout, too many connections, a server shutting down.
     */
    UNAVAILABLE,
    /** Anything else: schema missing, a statement refused for an unforeseen reason, ... */
    OTHER
  }

  // vendor error codes: MariaDB ER_DUP_ENTRY, ER_NO_REFERENCED_ROW_2, ER_LOCK_DEADLOCK,
  // ER_LOCK_WAIT_TIMEOUT; H2 CONCURRENT_UPDATE_1, LOCK_TIMEOUT_1
  private static final int MARIADB_DUPLICATE = 1062;
  private static final int MARIADB_NO_PARENT = 1452;
  private static final int MARIADB_DEADLOCK = 1213;
  private static final int MARIADB_LOCK_TIMEOUT = 1205;
  private static final int H2_CONCURRENT_UPDATE = 90131;
  private static final int H2_LOCK_TIMEOUT = 50200;
  // MariaDB ER_CON_COUNT_ERROR, ER_STATEMENT_TIMEOUT, ER_SERVER_SHUTDOWN, ER_QUERY_INTERRUPTED;
  // H2 DATABASE_ALREADY_OPEN_1, DATABASE_IS_CLOSED, CONNECTION_BROKEN_1
  private static final int MARIADB_TOO_MANY_CONNECTIONS = 1040;
  private static final int MARIADB_STATEMENT_TIMEOUT = 1969;
  private static final int MARIADB_SHUTDOWN = 1053;
  private static final int MARIADB_INTERRUPTED = 1317;
  private static final int H2_ALREADY_OPEN = 90020;
  private static final int H2_CLOSED = 90098;
  private static final int H2_CONNECTION_BROKEN = 90067;

  /** The code of a change lost to a concurrent one; the caller should read again and retry. */
  static final String CONCURRENT_CHANGE = "concurrent-change";

  private StorageErrors() {}

  /** What went wrong, judged by the first SQL error in the chain that says so. */
  static Kind kindOf(Throwable failure) {
    List<SQLException> errors = sqlExceptionsIn(failure);
    for (SQLException e : errors) {
      String state = e.getSQLState() == null ? "" : e.getSQLState();
      int code = e.getErrorCode();
      if (state.equals("23505") || code == MARIADB_DUPLICATE) {
        return Kind.DUPLICATE_KEY;
      }
      // PostgreSQL 23503; H2 23506 (parent missing) and 23503 (child exists)
      if (state.equals("23503") || state.equals("23506") || code == MARIADB_NO_PARENT) {
        return Kind.MISSING_REFERENCE;
      }
      if (state.equals("40001")
          || state.equals("40P01")
          || state.equals("55P03")
          || code == MARIADB_DEADLOCK
          || code == MARIADB_LOCK_TIMEOUT
          || code == H2_CONCURRENT_UPDATE
          || code == H2_LOCK_TIMEOUT) {
        return Kind.CONCURRENT_CHANGE;
      }
      if (code == H2_ALREADY_OPEN) {
        return Kind.IN_USE;
      }
      if (unavailable(e, state, code)) {
        return Kind.UNAVAILABLE;
      }
    }
    return errors.isEmpty() && timedOut(failure) ? Kind.UNAVAILABLE : Kind.OTHER;
  }

  private static boolean unavailable(SQLException e, String state, int code) {
    return e instanceof SQLTransientConnectionException // a pool's connection timeout
        || e instanceof SQLNonTransientConnectionException
        || e instanceof SQLTimeoutException
        || state.startsWith("08") // connection exceptions
        || state.equals("57014") // statement cancelled: a statement timeout
        || state.startsWith("57P") // PostgreSQL: shutting down, cannot connect now
        || state.equals("53300") // PostgreSQL: too many connections
        || state.equals("70100") // MariaDB: statement interrupted
        || code == MARIADB_TOO_MANY_CONNECTIONS
        || code == MARIADB_STATEMENT_TIMEOUT
        || code == MARIADB_SHUTDOWN
        || code == MARIADB_INTERRUPTED
        || code == H2_CLOSED
        || code == H2_CONNECTION_BROKEN;
  }

  // a socket timeout the driver did not wrap in an SQLException
  private static boolean timedOut(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof SocketTimeoutException || t instanceof ConnectException) {
        return true;
      }
    }
    return false;
  }

  /** The domain error for a database failure that no caller interpreted more precisely. */
  static DomainException translate(Throwable failure) {
    return switch (kindOf(failure)) {
      case CONCURRENT_CHANGE, DUPLICATE_KEY, MISSING_REFERENCE ->
          causedBy(
              new ConflictException(
                  CONCURRENT_CHANGE,
                  "another change to the same records ran at the same time; read them again and"
                      + " retry"),
              failure);
      case IN_USE ->
          new StorageUnavailableException(
              "the database is in use by another process; try again when it has finished", failure);
      case UNAVAILABLE ->
          new StorageUnavailableException(
              "the database is unavailable or did not answer in time; try again later", failure);
      case OTHER ->
          new StorageFailureException("the database could not complete the operation", failure);
    };
  }

  /**
   * The error for a record whose insert met a key stored meanwhile by a concurrent transaction: a
   * conflict naming the record, never a storage failure.
   *
   * @param kind the kind of record, for example {@code programme}
   * @param id its id, or empty when several records were inserted at once
   */
  static DomainException recordedConcurrently(String kind, String id, Throwable failure) {
    return causedBy(
        new ConflictException(
            CONCURRENT_CHANGE,
            kind
                + (id.isEmpty() ? "" : " " + Shown.value(id))
                + " was recorded by another change at the same time; read it again and retry"),
        failure);
  }

  /** The domain error with the database failure attached for diagnosis. */
  static <E extends DomainException> E causedBy(E error, Throwable cause) {
    error.initCause(cause);
    return error;
  }

  /** True when the error was raised by this class for a failed database operation. */
  static boolean cameFromTheDatabase(DomainException error) {
    return error.getCause() != null && !(error.getCause() instanceof DomainException);
  }

  // causes and SQLException#getNextException (batches report their real error there)
  private static List<SQLException> sqlExceptionsIn(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<SQLException> found = new ArrayList<>();
    Deque<Throwable> todo = new ArrayDeque<>();
    todo.add(failure);
    while (!todo.isEmpty()) {
      Throwable next = todo.poll();
      if (next == null || !seen.add(next)) {
        continue;
      }
      if (next instanceof SQLException sql) {
        found.add(sql);
        if (sql.getNextException() != null) {
          todo.add(sql.getNextException());
        }
      }
      if (next.getCause() != null) {
        todo.add(next.getCause());
      }
    }
    return found;
  }
}
