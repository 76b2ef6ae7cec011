package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.application.validation.SwedishOrganisationNumber;
import se.westum.consortium.domain.membership.MemberKind;

/**
 * Change a member's name, kind, coverage or period. The organisation number identifies it and
 * cannot change.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link
 * se.westum.consortium.domain.shared.Limits}) are the records' own rules, so a value beyond one is
 * refused with the same code here as in an import.
 *
 * @param organisationNumber the member to change
 * @param name the new name: one line, at most {@link
 *     se.westum.consortium.domain.shared.Limits#NAME} characters
 * @param kind the new kind
 * @param coveredMunicipalities the new coverage (SCB codes)
 * @param joined the new first day of membership
 * @param left the new last day, {@code null} while the membership lasts
 * @param expectedVersion the version the caller read; a stale one is a conflict
 */
public record ChangeMemberCommand(
    @NotNull @SwedishOrganisationNumber String organisationNumber,
    @NotNull String name,
    @NotNull MemberKind kind,
    @NotEmpty
        List<@NotNull @Pattern(regexp = "\\d{4}", message = "must be a 4-digit SCB code") String>
            coveredMunicipalities,
    @NotNull LocalDate joined,
    LocalDate left,
    @NotNull @Positive Long expectedVersion) {}
