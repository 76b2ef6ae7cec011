package se.westum.consortium.domain.project;

import java.time.LocalDate;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Limits;
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

  /**
   * Requires every part: a date in the supported years, an authority of 1 to {@link Limits#NAME}
   * and an outcome of 1 to {@link Limits#TITLE} characters.
   */
  public Audit {
    Bounds.date("date", date);
    authority = Texts.required("authority", authority, Limits.NAME);
    outcome = Texts.required("outcome", outcome, Limits.TITLE);
  }
}
