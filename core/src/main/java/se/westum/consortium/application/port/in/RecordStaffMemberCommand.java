package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) an employment.
 *
 * @param id the employment's id
 * @param name the person's name (personal data: stored, never logged)
 * @param role the role, for example "projektkoordinator"
 * @param started the first day
 * @param ended the last day, or {@code null} while employed
 * @param projects acronyms of the projects worked on
 */
public record RecordStaffMemberCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotBlank @Size(max = Limits.NAME) String name,
    @NotBlank @Size(max = Limits.ROLE) String role,
    @NotNull LocalDate started,
    LocalDate ended,
    @NotNull
        List<@NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String>
            projects) {}
