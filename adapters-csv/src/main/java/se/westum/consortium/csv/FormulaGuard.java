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
package se.westum.consortium.csv;

/**
 * Keeps spreadsheets from running text cells as formulas. On export a text cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading single quote,
 * so a spreadsheet shows it as text; on import that one quote is removed again. A text starting
 * with a quote gets one more for the same reason, so export then import is always the identity.
 * Numbers and dates never pass through here.
 */
final class FormulaGuard {

  private FormulaGuard() {}

  /** The cell to write for {@code text}. */
  static String neutralise(String text) {
    return needsGuard(text) || startsWithGuard(text) ? "'" + text : text;
  }

  /** The text a cell stands for: one leading quote before a guarded character is removed. */
  static String restore(String cell) {
    return startsWithGuard(cell) && cell.length() > 1 && guarded(cell.charAt(1))
        ? cell.substring(1)
        : cell;
  }

  private static boolean needsGuard(String text) {
    return !text.isEmpty() && formulaStart(text.charAt(0));
  }

  private static boolean startsWithGuard(String text) {
    return !text.isEmpty() && text.charAt(0) == '\'';
  }

  private static boolean guarded(char c) {
    return formulaStart(c) || c == '\'';
  }

  private static boolean formulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
