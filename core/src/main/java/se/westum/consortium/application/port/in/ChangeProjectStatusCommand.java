package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.project.ProjectStatus;

/**
 * Move a project to its next status.
 *
 * @param project the project's acronym
 * @param status the new status; must be one the current status allows
 */
public record ChangeProjectStatusCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String project,
    @NotNull ProjectStatus status) {}
