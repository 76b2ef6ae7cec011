package se.westum.consortium.domain.membership;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * The membership figures of a year (verksamheten i siffror).
 *
 * @param year the year
 * @param payingMembers members whose payments for the year cover their fee
 * @param municipalitiesCovered distinct municipalities covered by the paying members
 * @param coverage coverage of the region that was asked for, if any
 * @param unpaid findings for members with a fee for the year that is not paid in full
 */
public record MembershipFigures(
    Year year,
    int payingMembers,
    int municipalitiesCovered,
    Optional<RegionCoverage> coverage,
    List<MemberFinding> unpaid) {

  /** Copies lists defensively. */
  public MembershipFigures {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(coverage, "coverage");
    unpaid = List.copyOf(unpaid);
  }

  /**
   * A finding about one member, named by organisation number and organisation name.
   *
   * @param member the member's organisation number
   * @param name the organisation's name
   * @param finding the verdict
   */
  public record MemberFinding(OrganisationNumber member, String name, Finding finding) {}
}
