package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.application.validation.SwedishOrganisationNumber;
import se.westum.consortium.domain.membership.MemberKind;

/**
 * Register a new member.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link
 * se.westum.consortium.domain.shared.Limits}) are the records' own rules, so a value beyond one is
 * refused with the same code here as in an import.
 *
 * @param organisationNumber Swedish organisation number, {@code NNNNNN-NNNN}
 * @param name the organisation's name: one line, at most {@link
 *     se.westum.consortium.domain.shared.Limits#NAME} characters
 * @param kind municipality, federation or other
 * @param coveredMunicipalities SCB codes of the municipalities it covers
 * @param joined first day of membership
 * @param left last day of membership, {@code null} while it lasts
 */
public record RegisterMemberCommand(
    @NotNull @SwedishOrganisationNumber String organisationNumber,
    @NotNull String name,
    @NotNull MemberKind kind,
    @NotEmpty
        List<@NotNull @Pattern(regexp = "\\d{4}", message = "must be a 4-digit SCB code") String>
            coveredMunicipalities,
    @NotNull LocalDate joined,
    LocalDate left) {}
