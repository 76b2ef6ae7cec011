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
 * How a message shows a value that came from outside: control characters escaped and long values
 * cut, so a hostile cell or field cannot drive a terminal or flood a log.
 */
public final class Shown {

  /** The most characters of a value a message shows. */
  public static final int MAX = 60;

  private Shown() {}

  /**
   * {@code value} quoted, with control characters written as {@code \n}, {@code \t} or {@code
   * \u001b}, cut after {@link #MAX} characters with the full length said.
   */
  public static String value(Object value) {
    String text = String.valueOf(value);
    StringBuilder shown = new StringBuilder(Math.min(text.length(), MAX) + 16).append('\'');
    int end = Math.min(text.length(), MAX);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> shown.append("\\n");
        case '\r' -> shown.append("\\r");
        case '\t' -> shown.append("\\t");
        default -> {
          if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
            shown.append(String.format("\\u%04x", (int) c));
          } else {
            shown.append(c);
          }
        }
      }
    }
    shown.append('\'');
    if (text.length() > MAX) {
      shown.append("… (").append(text.length()).append(" characters)");
    }
    return shown.toString();
  }
}
