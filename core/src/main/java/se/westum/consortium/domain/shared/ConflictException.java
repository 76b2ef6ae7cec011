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
 * A change that contradicts the current state: a duplicate identity, or a stale version (optimistic
 * locking). The caller should re-read and decide again.
 */
public final class ConflictException extends DomainException {

  /** A change based on a stale version (optimistic locking). */
  public static final String VERSION_CONFLICT = "version-conflict";

  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param code stable code, for example {@code version-conflict} or {@code duplicate-member}
   * @param message explanation naming the record (by its id, never by a person's name)
   */
  public ConflictException(String code, String message) {
    super(code, message);
  }

  /** Another change to the same record won; this one was based on a stale version. */
  public static ConflictException staleVersion(String what, String id, long expectedVersion) {
    return new ConflictException(
        VERSION_CONFLICT,
        what
            + " "
            + id
            + " was changed by someone else (expected version "
            + expectedVersion
            + "); read it again and retry");
  }
}
