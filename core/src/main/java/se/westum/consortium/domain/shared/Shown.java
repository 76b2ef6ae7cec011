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
