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

import java.util.Objects;

/**
 * The root of every error the library raises on purpose. Each carries a stable, machine-readable
 * {@link #code()} (for adapters and clients) and a human message (never containing personal data).
 */
public class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * Creates an error.
   *
   * @param code stable machine-readable code, lower-case words joined by hyphens
   * @param message human-readable explanation
   */
  public DomainException(String code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * Creates an error caused by another, kept for the host's logs (its message may hold technical
   * detail such as SQL, so adapters never show it to end users).
   *
   * @param code stable machine-readable code
   * @param message human-readable explanation
   * @param cause the underlying failure
   */
  public DomainException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The stable machine-readable code, for example {@code invalid-organisation-number}. */
  public String code() {
    return code;
  }
}
