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
 * The one rule for record identifiers chosen by the consortium's staff (project acronyms, meeting,
 * event and goal ids, pseudonymous person references, ...): 1 to {@link Limits#ID} letters, digits,
 * dots, hyphens or underscores, not starting with a hyphen, so they survive CSV files, URLs and
 * spreadsheets unchanged and an exported id can never be read as a formula ({@code -}, {@code +},
 * {@code =} and {@code @} cannot start one).
 */
public final class Identifiers {

  /** An identifier that breaks the syntax. */
  public static final String INVALID_ID = "invalid-id";

  private Identifiers() {}

  /**
   * Returns {@code value} when it has the form of an identifier.
   *
   * @param what the kind of identifier, for the error, for example {@code meeting id}
   * @throws ValidationException with code {@link #INVALID_ID}
   */
  public static String check(String what, String value) {
    Objects.requireNonNull(value, what);
    if (!hasForm(value)) {
      throw ValidationException.of(
          what.replace(' ', '_'),
          INVALID_ID,
          "a "
              + what
              + " has 1 to "
              + Limits.ID
              + " letters, digits, '.', '-' or '_', not starting with '-': "
              + Shown.value(value));
    }
    return value;
  }

  /**
   * {@code [A-Za-z0-9._][A-Za-z0-9._-]{0,ID-1}}, checked without a regex: an import checks several
   * identifiers per row.
   */
  private static boolean hasForm(String value) {
    if (value.isEmpty() || value.length() > Limits.ID || value.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean allowed =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }
}
