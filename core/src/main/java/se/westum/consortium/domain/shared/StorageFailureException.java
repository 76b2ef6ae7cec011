package se.westum.consortium.domain.shared;

/**
 * The storage failed in a way that is neither the caller's fault nor a passing outage: a missing
 * table, a broken migration, a statement the database refused for a reason the library did not
 * foresee. REST answers it {@code 500}. The message names no SQL, table, key or value; the
 * database's error stays attached as the cause, for the host's logs.
 */
public final class StorageFailureException extends DomainException {

  /** The code of a storage failure. */
  public static final String CODE = "storage-failure";

  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message what failed, without SQL, keys or values
   * @param cause the database's failure
   */
  public StorageFailureException(String message, Throwable cause) {
    super(CODE, message, cause);
  }
}
