package se.westum.consortium.domain.governance;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * A person's name: personal data. Stored because the annual report names the board, but never
 * logged: {@link #toString()} masks it ("A*** B***"); {@link #value()} gives it where it must be
 * shown.
 *
 * @param value the full name, 1 to 200 characters
 */
public record PersonName(String value) {

  /** A person's name that is blank or too long. */
  public static final String INVALID_NAME = "invalid-name";

  /** Requires a non-blank name of at most 200 characters. */
  public PersonName {
    Objects.requireNonNull(value, "name");
    value = value.strip();
    if (value.isEmpty() || value.length() > 200) {
      throw ValidationException.of("name", INVALID_NAME, "a name has 1 to 200 characters");
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
