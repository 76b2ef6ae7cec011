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
