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
package se.westum.consortium.application.port.out;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MemberYear;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * The outbound ports a storage adapter supplies together, so an embedder can hand them to the core
 * in one piece: {@code Consortium.builder().storage(JdbcAdapter.create(dataSource))}.
 */
public interface Storage {

  /** The members. */
  Members members();

  /** The annual fees. */
  AnnualFees annualFees();

  /** The fee payments. */
  Payments payments();

  /** The board terms, with nomination committees and auditors. */
  BoardTerms boardTerms();

  /** The meetings and their attendance. */
  Meetings meetings();

  /** The decisions of meetings. */
  Decisions decisions();

  /** The operational-plan goals. */
  Goals goals();

  /** The events and their participation. */
  Events events();

  /** The staff. */
  Staff staff();

  /** The funding programmes. */
  Programmes programmes();

  /** The projects and their audits. */
  Projects projects();

  /** The partners of projects. */
  Partners partners();

  /** The project boards and working groups. */
  WorkingGroups workingGroups();

  /** The main activities of projects. */
  Activities activities();

  /** The indicators of projects and their measurements. */
  Indicators indicators();

  /** The mobility grants of projects. */
  MobilityGrants mobilityGrants();

  /** The mobilities. */
  Mobilities mobilities();

  // --- needs-based training (issue 9) ---

  /** The training settings of projects: vocabularies and partner quotas. */
  Vocabularies vocabularies();

  /** The survey mappings of projects. */
  SurveyMappings surveyMappings();

  /** The competence brokers. */
  Brokers brokers();

  /** The company visits and their needs. */
  CompanyVisits companyVisits();

  /** The survey answers and their needs. */
  SurveyAnswers surveyAnswers();

  /** The focus areas of projects. */
  FocusAreas focusAreas();

  /** The trainings and their participants. */
  Trainings trainings();

  /** The indicators counted from records. */
  IndicatorFeeds indicatorFeeds();

  // --- end of needs-based training ---

  /** The unit of work spanning the ports above. */
  Transactions transactions();

  /**
   * Hands each member with a fee for {@code year} to {@code action}, in organisation-number order,
   * with that fee and its payments for the year summed per currency: what the membership figures
   * fold. A storage over a database joins and sums there and streams one member at a time, so
   * memory does not grow with the payments; this default reads the members, the year's fees and the
   * year's payments through their ports and sums them here.
   */
  default void forEachMemberYear(Year year, Consumer<MemberYear> action) {
    Map<OrganisationNumber, AnnualFee> feeOf = new HashMap<>();
    for (AnnualFee fee : annualFees().ofYear(year)) {
      feeOf.put(fee.member(), fee);
    }
    Map<OrganisationNumber, Map<String, Money>> paidOf = new HashMap<>();
    for (Payment payment : payments().ofYear(year)) {
      paidOf
          .computeIfAbsent(payment.member(), m -> new TreeMap<>())
          .merge(payment.amount().currency().getCurrencyCode(), payment.amount(), Money::plus);
    }
    try (Stream<Member> all = members().stream()) {
      all.forEach(
          member -> {
            AnnualFee fee = feeOf.get(member.organisationNumber());
            if (fee != null) {
              Map<String, Money> paid = paidOf.getOrDefault(member.organisationNumber(), Map.of());
              action.accept(new MemberYear(member, fee, List.copyOf(paid.values())));
            }
          });
    }
  }
}
