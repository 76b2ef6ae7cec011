package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.project.ProgrammeKind;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) a funding programme.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link Limits}) are the
 * records' own rules, so a value beyond one is refused with the same code here as in an import.
 *
 * @param id its id, for example {@code INTERREG-OKS}
 * @param name its name
 * @param kind what kind of programme
 */
public record RecordProgrammeCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotNull String name,
    @NotNull ProgrammeKind kind) {}
