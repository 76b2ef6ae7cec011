package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) an operational-plan goal.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link Limits}) are the
 * records' own rules, so a value beyond one is refused with the same code here as in an import.
 *
 * @param id the goal's id, for example {@code 2016-I}
 * @param fiscalYear the plan's year
 * @param number its Roman numeral, for example {@code I}
 * @param title its title
 */
public record RecordGoalCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotNull Integer fiscalYear,
    @NotNull @Pattern(regexp = "[IVXLC]{1,8}", message = "must be a Roman numeral") String number,
    @NotNull String title) {}
