package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import se.westum.consortium.application.validation.SwedishOrganisationNumber;

/**
 * End a membership.
 *
 * @param organisationNumber the member
 * @param left the last day of membership; {@code null} means today (by the core's clock)
 */
public record EndMembershipCommand(
    @NotNull @SwedishOrganisationNumber String organisationNumber, LocalDate left) {}
