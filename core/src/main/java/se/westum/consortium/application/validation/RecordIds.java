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
package se.westum.consortium.application.validation;

/** The form of identifiers chosen by staff, as a Bean Validation pattern. */
public final class RecordIds {

  /** 1 to 40 letters, digits, '.', '-' or '_' (the domain's {@code Identifiers} rule). */
  public static final String PATTERN = "[A-Za-z0-9._-]{1,40}";

  /** The message when an id does not match. */
  public static final String MESSAGE = "must be 1 to 40 letters, digits, '.', '-' or '_'";

  private RecordIds() {}
}
