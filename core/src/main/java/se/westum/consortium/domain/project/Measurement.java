package se.westum.consortium.domain.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import se.westum.consortium.domain.shared.Bounds;

/**
 * An indicator's achieved value on a day.
 *
 * @param date the day measured
 * @param value the value achieved by then
 */
public record Measurement(LocalDate date, BigDecimal value) {

  /** Requires a date in the supported years and a value that fits an indicator's. */
  public Measurement {
    Bounds.date("date", date);
    Indicator.value("value", value);
  }
}
