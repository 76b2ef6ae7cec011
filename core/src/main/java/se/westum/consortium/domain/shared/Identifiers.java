package se.westum.consortium.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one rule for record identifiers chosen by the consortium's staff (meeting, event and goal
 * ids, pseudonymous person references): 1 to 40 letters, digits, dots, hyphens or underscores, so
 * they survive CSV files, URLs and spreadsheets unchanged.
 */
public final class Identifiers {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,40}");

  private Identifiers() {}

  /**
   * Returns {@code value} when it has the form of an identifier.
   *
   * @param what the kind of identifier, for the error, for example {@code meeting id}
   * @throws ValidationException with code {@code invalid-id}
   */
  public static String check(String what, String value) {
    Objects.requireNonNull(value, what);
    if (!FORM.matcher(value).matches()) {
      throw ValidationException.of(
          what.replace(' ', '_'),
          "invalid-id",
          "a " + what + " has 1 to 40 letters, digits, '.', '-' or '_': '" + value + "'");
    }
    return value;
  }
}
