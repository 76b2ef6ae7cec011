package se.westum.consortium.domain.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An indicator's achieved value on a day.
 *
 * @param date the day measured
 * @param value the value achieved by then
 */
public record Measurement(LocalDate date, BigDecimal value) {

  /** Requires both parts. */
  public Measurement {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(value, "value");
  }
}
