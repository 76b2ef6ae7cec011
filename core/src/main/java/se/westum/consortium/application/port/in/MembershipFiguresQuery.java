package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Set;

/**
 * Ask for the membership figures of a year.
 *
 * @param year the year
 * @param counties SCB codes of the counties whose coverage to report, for example {@code 13} and
 *     {@code 14} for Halland and Västra Götaland; empty for none
 */
public record MembershipFiguresQuery(
    @NotNull @Min(1990) @Max(2100) Integer year,
    @NotNull
        Set<@NotNull @Pattern(regexp = "\\d{2}", message = "must be a 2-digit county code") String>
            counties) {

  /** The figures of a year without region coverage. */
  public static MembershipFiguresQuery of(int year) {
    return new MembershipFiguresQuery(year, Set.of());
  }
}
