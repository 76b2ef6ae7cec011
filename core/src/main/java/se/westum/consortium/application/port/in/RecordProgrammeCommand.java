package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.project.ProgrammeKind;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) a funding programme.
 *
 * @param id its id, for example {@code INTERREG-OKS}
 * @param name its name
 * @param kind what kind of programme
 */
public record RecordProgrammeCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotBlank @Size(max = Limits.NAME) String name,
    @NotNull ProgrammeKind kind) {}
