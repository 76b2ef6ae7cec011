package se.westum.consortium.jdbc;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.JdbiException;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.DomainException;

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
    /** Anything else: connection lost, schema missing, ... */
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

  private StorageErrors() {}

  /** What went wrong, judged by the first SQL error in the chain that says so. */
  static Kind kindOf(Throwable failure) {
    for (SQLException e : sqlExceptionsIn(failure)) {
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
    }
    return Kind.OTHER;
  }

  /** The domain error for a database failure that no caller interpreted more precisely. */
  static DomainException translate(JdbiException failure) {
    if (kindOf(failure) == Kind.CONCURRENT_CHANGE) {
      return causedBy(
          new ConflictException(
              "concurrent-change",
              "another change to the same records ran at the same time; try again"),
          failure);
    }
    return causedBy(
        new DomainException("storage-failure", "the database could not complete the operation"),
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
