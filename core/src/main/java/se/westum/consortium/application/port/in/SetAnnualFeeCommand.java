package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import se.westum.consortium.application.validation.SwedishOrganisationNumber;

/**
 * Set (or replace) a member's fee for a year.
 *
 * @param organisationNumber the member
 * @param year the fee year
 * @param amount the fee, zero or more, at most two decimals
 * @param currency ISO code: EUR, SEK, DKK or NOK
 */
public record SetAnnualFeeCommand(
    @NotNull @SwedishOrganisationNumber String organisationNumber,
    @NotNull @Min(1990) @Max(2100) Integer year,
    @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
    @NotNull @Pattern(regexp = "EUR|SEK|DKK|NOK", message = "must be EUR, SEK, DKK or NOK")
        String currency) {}
