package se.westum.consortium.domain.governance;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * A person's name: personal data. Stored because the annual report names the board, but never
 * logged: {@link #toString()} masks it ("A*** B***"); {@link #value()} gives it where it must be
 * shown.
 *
 * @param value the full name, 1 to 200 characters
 */
public record PersonName(String value) {

  /**
   * Requires a non-blank name of at most {@link Limits#NAME} characters without control characters.
   * The errors never echo the name: it is personal data.
   */
  public PersonName {
    Objects.requireNonNull(value, "name");
    value = value.strip();
    if (value.isEmpty() || value.length() > Limits.NAME) {
      throw ValidationException.of(
          "name", Texts.INVALID_LENGTH, "a name has 1 to " + Limits.NAME + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw ValidationException.of(
            "name",
            Texts.CONTROL_CHARACTER,
            "a name has no control characters (U+"
                + String.format("%04X", (int) value.charAt(i))
                + " at position "
                + (i + 1)
                + ")");
      }
    }
  }

  /** The initials followed by stars, so logs and exceptions never carry the name. */
  @Override
  public String toString() {
    return Arrays.stream(value.split("\\s+"))
        .map(part -> part.substring(0, 1) + "***")
        .collect(Collectors.joining(" "));
  }
}
