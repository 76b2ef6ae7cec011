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
 * The storage could not be reached or did not answer in time: the database is down, refuses
 * connections, is in use by another process, or a connection or statement timed out. Nothing was
 * written; the same request may succeed later, so REST answers it {@code 503} with {@code
 * Retry-After}. The message names no SQL, table, key or value; the database's error stays attached
 * as the cause, for the host's logs.
 */
public final class StorageUnavailableException extends DomainException {

  /** The code of an unavailable storage. */
  public static final String CODE = "storage-unavailable";

  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message what happened, without SQL, keys or values
   * @param cause the database's failure
   */
  public StorageUnavailableException(String message, Throwable cause) {
    super(CODE, message, cause);
  }
}
