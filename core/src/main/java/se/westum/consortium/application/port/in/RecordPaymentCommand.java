package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import se.westum.consortium.application.validation.SwedishOrganisationNumber;

/**
 * Record a payment against a member's fee for a year. Recording the same payment (member, year,
 * date, amount) again changes nothing.
 *
 * @param organisationNumber the paying member
 * @param year the fee year paid for
 * @param paidOn the day of payment
 * @param amount the amount, more than zero, at most two decimals
 * @param currency ISO code; must match the fee's currency when a fee is set
 */
public record RecordPaymentCommand(
    @NotNull @SwedishOrganisationNumber String organisationNumber,
    @NotNull @Min(1990) @Max(2100) Integer year,
    @NotNull LocalDate paidOn,
    @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2)
        BigDecimal amount,
    @NotNull @Pattern(regexp = "EUR|SEK|DKK|NOK", message = "must be EUR, SEK, DKK or NOK")
        String currency) {}
