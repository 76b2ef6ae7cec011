/*
 * Copyright 2026 the consortium library authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except
 * in compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License
 * is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express
 * or implied. See the License for the specific language governing permissions and limitations under
 * the License.
 */
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
