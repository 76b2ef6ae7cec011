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
