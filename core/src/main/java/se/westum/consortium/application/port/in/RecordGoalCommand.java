package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) an operational-plan goal.
 *
 * @param id the goal's id, for example {@code 2016-I}
 * @param fiscalYear the plan's year
 * @param number its Roman numeral, for example {@code I}
 * @param title its title
 */
public record RecordGoalCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotNull @Min(Limits.FIRST_YEAR) @Max(Limits.LAST_YEAR) Integer fiscalYear,
    @NotNull @Pattern(regexp = "[IVXLC]{1,8}", message = "must be a Roman numeral") String number,
    @NotBlank @Size(max = Limits.TITLE) String title) {}
