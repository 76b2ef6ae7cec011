package se.westum.consortium.domain.shared;

import java.util.Objects;

/** The one rule for the free texts of records: stripped, 1 to a maximum number of characters. */
public final class Texts {

  private Texts() {}

  /**
   * {@code value} stripped of surrounding white space.
   *
   * @param field the field's name, for the error ("name", "place", ...)
   * @param value the text
   * @param max the most characters allowed
   * @throws ValidationException with code {@code invalid-<field>} if blank or too long
   */
  public static String required(String field, String value, int max) {
    String stripped = Objects.requireNonNull(value, field).strip();
    if (stripped.isEmpty() || stripped.length() > max) {
      String article = "aeiou".indexOf(field.charAt(0)) >= 0 ? "an " : "a ";
      throw ValidationException.of(
          field, "invalid-" + field, article + field + " has 1 to " + max + " characters");
    }
    return stripped;
  }
}
