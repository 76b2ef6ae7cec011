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
package se.westum.consortium.domain.membership.internal;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.County;
import se.westum.consortium.domain.membership.CountyCode;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MemberYear;
import se.westum.consortium.domain.membership.MembershipFigures;
import se.westum.consortium.domain.membership.Municipality;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.membership.MunicipalityRegister;
import se.westum.consortium.domain.membership.PaidInFullPolicy;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.membership.RegionCoverage;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Percentage;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * Computes the membership figures of a year in one pass over members, fees and payments (linear in
 * their number).
 */
public final class MembershipCount {

  /** A county code of a figures query that no Swedish county has. */
  public static final String UNKNOWN_COUNTY = "unknown-county";

  private final PaidInFullPolicy paidInFull = new PaidInFullPolicy();
  private final MunicipalityRegister register;

  /** Counts against the given register. */
  public MembershipCount(MunicipalityRegister register) {
    this.register = register;
  }

  /**
   * The figures of {@code year}.
   *
   * @param year the year
   * @param members every member (those without a fee for the year are not paying)
   * @param fees the fees of the year
   * @param payments the payments for the year
   * @param region counties whose coverage to report; empty for none
   */
  public MembershipFigures figures(
      Year year,
      Collection<Member> members,
      Collection<AnnualFee> fees,
      Collection<Payment> payments,
      Set<CountyCode> region) {
    Map<OrganisationNumber, AnnualFee> feeOf = new HashMap<>();
    for (AnnualFee fee : fees) {
      if (fee.year().equals(year)) {
        feeOf.put(fee.member(), fee);
      }
    }
    Map<OrganisationNumber, List<Money>> paidOf = new HashMap<>();
    for (Payment payment : payments) {
      if (payment.year().equals(year)) {
        paidOf.computeIfAbsent(payment.member(), m -> new ArrayList<>()).add(payment.amount());
      }
    }
    Tally tally = tally(year, region);
    for (Member member : members) {
      AnnualFee fee = feeOf.get(member.organisationNumber());
      // a member without a fee for the year is not paying and not unpaid: nothing was asked
      if (fee != null) {
        tally.accept(
            new MemberYear(
                member, fee, paidOf.getOrDefault(member.organisationNumber(), List.of())));
      }
    }
    return tally.result();
  }

  /**
   * An empty fold of the figures of {@code year}: feed it each member with a fee for the year, in
   * the order the unpaid ones are to be listed.
   *
   * @param year the year
   * @param region counties whose coverage to report; empty for none
   */
  public Tally tally(Year year, Set<CountyCode> region) {
    return new Tally(year, region);
  }

  /**
   * The figures of one year, folded one member at a time: memory grows with the municipalities
   * covered and the members listed as unpaid, not with the payments. Not thread-safe.
   */
  public final class Tally implements Consumer<MemberYear> {

    private final Year year;
    private final Set<CountyCode> region;
    private int paying;
    private final Set<MunicipalityCode> covered = new HashSet<>();
    private final List<MembershipFigures.MemberFinding> unpaid = new ArrayList<>();

    private Tally(Year year, Set<CountyCode> region) {
      this.year = year;
      this.region = Set.copyOf(region);
    }

    /**
     * Counts one member's year; a fee of another year is skipped.
     *
     * @throws se.westum.consortium.domain.shared.DomainException if an amount paid is in another
     *     currency than the fee
     */
    @Override
    public void accept(MemberYear memberYear) {
      if (!memberYear.fee().year().equals(year)) {
        return;
      }
      Member member = memberYear.member();
      Finding finding = paidInFull.assess(memberYear.fee(), memberYear.paid());
      if (finding.satisfied()) {
        paying++;
        covered.addAll(member.covers());
      } else {
        unpaid.add(
            new MembershipFigures.MemberFinding(
                member.organisationNumber(), member.name(), finding));
      }
    }

    /** The figures of the members counted. */
    public MembershipFigures result() {
      return new MembershipFigures(year, paying, covered.size(), coverage(covered, region), unpaid);
    }
  }

  private Optional<RegionCoverage> coverage(Set<MunicipalityCode> covered, Set<CountyCode> region) {
    if (region.isEmpty()) {
      return Optional.empty();
    }
    List<County> counties = new ArrayList<>();
    int total = 0;
    int inRegion = 0;
    for (CountyCode code : new TreeSet<>(region)) {
      County county =
          register
              .county(code)
              .orElseThrow(
                  () ->
                      ValidationException.of(
                          "counties", UNKNOWN_COUNTY, "no Swedish county has the code " + code));
      counties.add(county);
      for (Municipality m : register.inCounty(code)) {
        total++;
        if (covered.contains(m.code())) {
          inRegion++;
        }
      }
    }
    return Optional.of(
        new RegionCoverage(counties, inRegion, total, Percentage.of(inRegion, total)));
  }
}
