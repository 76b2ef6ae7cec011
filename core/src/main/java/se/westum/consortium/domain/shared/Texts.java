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
 * The one rule for the free texts of records: stripped, 1 to a maximum number of characters, and no
 * control characters (NUL, ESC, ...): a one-line text allows none, a text that may span lines
 * allows tab and line breaks. Every supported database stores what this accepts.
 */
public final class Texts {

  /** A text that is blank or too long. */
  public static final String INVALID_LENGTH = "invalid-text-length";

  /** A text with a control character. */
  public static final String CONTROL_CHARACTER = "control-character";

  private Texts() {}

  /**
   * {@code value} stripped of surrounding white space, on one line.
   *
   * @param field the field's name, for the error ("name", "place", ...)
   * @param value the text
   * @param max the most characters allowed (a constant of {@link Limits})
   * @throws ValidationException with code {@link #INVALID_LENGTH} if blank or too long, or {@link
   *     #CONTROL_CHARACTER} if it holds a control character
   */
  public static String required(String field, String value, int max) {
    return checked(field, value, max, false);
  }

  /** Like {@link #required} for a text that may span lines: tab, CR and LF are allowed. */
  public static String multiline(String field, String value, int max) {
    return checked(field, value, max, true);
  }

  private static String checked(String field, String value, int max, boolean lines) {
    Objects.requireNonNull(value, field);
    // the length is checked before the characters, so a huge value costs no scan
    if (value.length() > max * 4 + 64) {
      throw tooLong(field, value, max);
    }
    String stripped = value.strip();
    if (stripped.isEmpty() || stripped.length() > max) {
      throw tooLong(field, value, max);
    }
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      boolean allowed = lines && (c == '\t' || c == '\n' || c == '\r');
      if ((Character.isISOControl(c) || c == '\u2028' || c == '\u2029') && !allowed) {
        throw ValidationException.of(
            field,
            CONTROL_CHARACTER,
            "the "
                + field
                + " has a control character (U+"
                + String.format("%04X", (int) c)
                + ") at position "
                + (i + 1)
                + ": "
                + Shown.value(stripped));
      }
    }
    return stripped;
  }

  private static ValidationException tooLong(String field, String value, int max) {
    String article = "aeiou".indexOf(field.charAt(0)) >= 0 ? "an " : "a ";
    return ValidationException.of(
        field,
        INVALID_LENGTH,
        article
            + field
            + " has 1 to "
            + max
            + " characters"
            + (value.isBlank() ? "" : ", not " + value.strip().length()));
  }
}
