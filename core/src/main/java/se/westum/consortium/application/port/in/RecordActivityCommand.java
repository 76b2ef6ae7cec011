package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) a main activity of a project.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link Limits}) are the
 * records' own rules, so a value beyond one is refused with the same code here as in an import.
 *
 * @param id the activity's id
 * @param project the project's acronym
 * @param name its name
 * @param responsible the id of the partner responsible
 */
public record RecordActivityCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String project,
    @NotNull String name,
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE)
        String responsible) {}
