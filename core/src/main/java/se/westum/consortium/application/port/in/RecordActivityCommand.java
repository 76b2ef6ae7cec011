package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) a main activity of a project.
 *
 * @param id the activity's id
 * @param project the project's acronym
 * @param name its name
 * @param responsible the id of the partner responsible
 */
public record RecordActivityCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String project,
    @NotBlank @Size(max = Limits.NAME) String name,
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE)
        String responsible) {}
