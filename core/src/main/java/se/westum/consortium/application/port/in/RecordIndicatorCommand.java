package se.westum.consortium.application.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) an indicator of a project with its measurements.
 *
 * @param id the indicator's id
 * @param project the project's acronym
 * @param name what it measures
 * @param unit its unit
 * @param baseline the value at the start
 * @param target the value to reach
 * @param measurements dated achieved values
 */
public record RecordIndicatorCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String project,
    @NotBlank @Size(max = Limits.NAME) String name,
    @NotBlank @Size(max = Limits.NAME) String unit,
    @NotNull @Digits(integer = Limits.INDICATOR_INTEGER_DIGITS, fraction = Limits.INDICATOR_SCALE)
        BigDecimal baseline,
    @NotNull @Digits(integer = Limits.INDICATOR_INTEGER_DIGITS, fraction = Limits.INDICATOR_SCALE)
        BigDecimal target,
    @NotNull List<@NotNull @Valid MeasurementEntry> measurements) {

  /**
   * One measurement.
   *
   * @param date the day
   * @param value the value achieved by then
   */
  public record MeasurementEntry(
      @NotNull LocalDate date,
      @NotNull @Digits(integer = Limits.INDICATOR_INTEGER_DIGITS, fraction = Limits.INDICATOR_SCALE)
          BigDecimal value) {}
}
