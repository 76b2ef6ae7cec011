package se.westum.consortium.domain.project;

import java.time.LocalDate;
import java.util.Objects;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * A check or audit of a project by its managing authority (seed: UHR's check of the Erasmus+
 * project in November 2016).
 *
 * @param date when it took place
 * @param authority who checked, for example "UHR"
 * @param outcome what came of it
 */
public record Audit(LocalDate date, String authority, String outcome) {

  /** Requires every part; texts of 1 to 500 characters. */
  public Audit {
    Objects.requireNonNull(date, "date");
    authority = text("authority", authority);
    outcome = text("outcome", outcome);
  }

  private static String text(String field, String value) {
    String stripped = Objects.requireNonNull(value, field).strip();
    if (stripped.isEmpty() || stripped.length() > 500) {
      throw ValidationException.of(
          field, "invalid-" + field, "a " + field + " has 1 to 500 characters");
    }
    return stripped;
  }
}
