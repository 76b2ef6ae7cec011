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

import static org.assertj.core.api.Assertions.assertThat;
import static se.westum.consortium.testing.MemberBuilder.aMember;
import static se.westum.consortium.testing.MemberBuilder.organisationNumber;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.County;
import se.westum.consortium.domain.membership.CountyCode;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MembershipFigures;
import se.westum.consortium.domain.membership.MunicipalityRegister;
import se.westum.consortium.domain.membership.PaidInFullPolicy;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.membership.RegionCoverage;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.Money;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MembershipCountTest {

  private static final Year Y2016 = Year.of(2016);
  private final MembershipCount count = new MembershipCount(MunicipalityRegister.sweden());

  private static AnnualFee fee(int member, String amount) {
    return new AnnualFee(organisationNumber(member), Y2016, Money.of(amount, "SEK"));
  }

  private static Payment paid(int member, Year year, String amount) {
    return new Payment(
        organisationNumber(member), year, LocalDate.of(2016, 3, 1), Money.of(amount, "SEK"));
  }

  @Test
  void a_member_whose_payments_cover_its_fee_is_paying_and_explained() {
    // given
    PaidInFullPolicy policy = new PaidInFullPolicy();

    // when
    Finding finding =
        policy.assess(
            Y2016,
            Optional.of(fee(1, "1000")),
            List.of(paid(1, Y2016, "400"), paid(1, Y2016, "600")));

    // then
    assertThat(finding.satisfied()).isTrue();
    assertThat(finding.reason()).isEqualTo("paid 1000.00 SEK of 1000.00 SEK for 2016");
  }

  @Test
  void a_partly_paid_fee_or_a_missing_fee_does_not_make_a_paying_member() {
    PaidInFullPolicy policy = new PaidInFullPolicy();
    assertThat(policy.assess(Y2016, Optional.of(fee(1, "1000")), List.of(paid(1, Y2016, "999"))))
        .extracting(Finding::satisfied, Finding::reason)
        .containsExactly(false, "paid 999.00 SEK of 1000.00 SEK for 2016");
    assertThat(policy.assess(Y2016, Optional.empty(), List.of(paid(1, Y2016, "999"))).reason())
        .isEqualTo("no fee is set for 2016");
  }

  @Test
  void the_verdict_carries_the_amounts_and_the_year_as_typed_values_for_a_report_to_word() {
    PaidInFullPolicy policy = new PaidInFullPolicy();
    // when
    Finding partly =
        policy.assess(Y2016, Optional.of(fee(1, "1000")), List.of(paid(1, Y2016, "999")));
    Finding noFee = policy.assess(Y2016, Optional.empty(), List.of());
    // then
    assertThat(partly.code()).isEqualTo("paid-in-full");
    assertThat(partly.arguments())
        .containsExactly(Money.of("999.00", "SEK"), Money.of("1000.00", "SEK"), Y2016);
    assertThat(noFee.code()).isEqualTo("paid-in-full.no-fee");
    assertThat(noFee.arguments()).containsExactly(Y2016);
  }

  @Test
  void payments_for_another_year_do_not_count() {
    PaidInFullPolicy policy = new PaidInFullPolicy();
    assertThat(
            policy
                .assess(Y2016, Optional.of(fee(1, "1000")), List.of(paid(1, Year.of(2015), "1000")))
                .satisfied())
        .isFalse();
  }

  @Test
  void municipalities_covered_by_several_paying_members_are_counted_once() {
    // given the Dalsland federation (5 municipalities) and Åmål, one of them, both paying,
    // and Tjörn, which has not paid
    List<Member> members =
        List.of(
            aMember()
                .numbered(1)
                .federationCovering("1460", "1438", "1439", "1461", "1492")
                .build(),
            aMember().numbered(2).coveringMunicipalities("1492").build(),
            aMember().numbered(3).coveringMunicipalities("1419").build());
    List<AnnualFee> fees = List.of(fee(1, "5000"), fee(2, "1000"), fee(3, "1000"));
    List<Payment> payments = List.of(paid(1, Y2016, "5000"), paid(2, Y2016, "1000"));

    // when
    MembershipFigures figures =
        count.figures(Y2016, members, fees, payments, Set.of(new CountyCode("14")));

    // then
    assertThat(figures.payingMembers()).isEqualTo(2);
    assertThat(figures.municipalitiesCovered()).isEqualTo(5);
    assertThat(figures.unpaid())
        .singleElement()
        .extracting(MembershipFigures.MemberFinding::member)
        .isEqualTo(organisationNumber(3));
  }

  @Test
  void coverage_of_a_region_counts_only_its_own_municipalities() {
    // given Skövde (14) and Halmstad (13) paying, Stockholm (01) paying too
    List<Member> members =
        List.of(
            aMember().numbered(1).coveringMunicipalities("1496").build(),
            aMember().numbered(2).coveringMunicipalities("1380").build(),
            aMember().numbered(3).coveringMunicipalities("0180").build());
    List<AnnualFee> fees = List.of(fee(1, "1"), fee(2, "1"), fee(3, "1"));
    List<Payment> payments = List.of(paid(1, Y2016, "1"), paid(2, Y2016, "1"), paid(3, Y2016, "1"));

    // when
    RegionCoverage coverage =
        count
            .figures(
                Y2016, members, fees, payments, Set.of(new CountyCode("13"), new CountyCode("14")))
            .coverage()
            .orElseThrow();

    // then
    assertThat(coverage.covered()).isEqualTo(2);
    assertThat(coverage.total()).isEqualTo(55);
    assertThat(coverage.percent().value()).isEqualByComparingTo("3.6");
    assertThat(coverage.counties())
        .extracting(County::shortName)
        .containsExactly("Halland", "Västra Götaland");
  }
}
