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
package se.westum.consortium.rest;

import se.westum.consortium.domain.shared.ValidationException;

/**
 * A request body with more problems than one answer lists: the first ones as a validation failure,
 * and how many more there were. Keeps a hostile body with a hundred thousand bad items from costing
 * more than a hundred errors of memory and of answer.
 */
final class InvalidBodyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ValidationException listed;
  private final int more;

  InvalidBodyException(ValidationException listed, int more) {
    super(listed.code(), null, false, false);
    this.listed = listed;
    this.more = more;
  }

  /** The problems listed. */
  ValidationException listed() {
    return listed;
  }

  /** How many problems were not listed. */
  int more() {
    return more;
  }
}
