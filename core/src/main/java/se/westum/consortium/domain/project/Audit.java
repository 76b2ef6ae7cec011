package se.westum.consortium.domain.project;

import java.time.LocalDate;
import java.util.Objects;
import se.westum.consortium.domain.shared.Texts;

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
    authority = Texts.required("authority", authority, 500);
    outcome = Texts.required("outcome", outcome, 500);
  }
}
