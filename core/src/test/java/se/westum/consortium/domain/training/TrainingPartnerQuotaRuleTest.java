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
package se.westum.consortium.domain.training;

import static org.assertj.core.api.Assertions.assertThat;
import static se.westum.consortium.domain.training.TrainingFixtures.DIGITALISATION;
import static se.westum.consortium.domain.training.TrainingFixtures.END;
import static se.westum.consortium.domain.training.TrainingFixtures.START;
import static se.westum.consortium.domain.training.TrainingFixtures.aTraining;
import static se.westum.consortium.domain.training.TrainingFixtures.facts;
import static se.westum.consortium.domain.training.TrainingFixtures.lidkoping;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.PartnerRole;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.NationalId;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainingPartnerQuotaRuleTest {

  private final PartnerQuotaRule rule = TrainingRules.PARTNER_QUOTA;
  private static final DateRange PERIOD = new DateRange(START, END);
  private static final LocalDate AT = LocalDate.of(2017, 3, 31);

  private PartnerCompliance judge(LocalDate at, Quota quota, Training... trainings) {
    List<TrainingAssessment> assessed =
        Stream.of(trainings).map(t -> TrainingRules.assess(t, facts())).toList();
    return rule.assess(lidkoping(), quota, PERIOD, at, assessed);
  }

  @Test
  void a_partner_with_one_counted_training_is_compliant() {
    // given / when
    PartnerCompliance standing =
        judge(AT, Quota.DEFAULT, aTraining().deliveredOn(LocalDate.of(2017, 3, 2)));

    // then
    assertThat(standing.status()).isEqualTo(QuotaStatus.COMPLIANT);
    assertThat(standing.quota().rule()).isEqualTo("partner-quota");
    assertThat(standing.quota().satisfied()).isTrue();
    assertThat(standing.quota().reason())
        .isEqualTo(
            "1 needs-based training counted against a quota of 1 to 3 (KOBRA-T01); no pilot left"
                + " out: within the quota of 1 to 3");
    assertThat(standing.needed())
        .isEqualTo("Lidköpings kommun: 1 delivered; within the quota of 1 to 3");
  }

  @Test
  void a_partner_below_the_minimum_is_in_progress_while_the_project_runs() {
    // given / when
    PartnerCompliance standing = judge(AT, Quota.DEFAULT, aTraining().approved());

    // then
    assertThat(standing.status()).isEqualTo(QuotaStatus.IN_PROGRESS);
    assertThat(standing.quota().satisfied()).isFalse();
    assertThat(standing.needed())
        .isEqualTo(
            "Lidköpings kommun: 0 delivered, 1 approved for 2017-03-15; needs at least 1 more"
                + " delivered by 2018-08-31");
  }

  @Test
  void a_partner_below_the_minimum_after_the_project_ended_is_non_compliant() {
    // given / when
    PartnerCompliance standing = judge(END.plusDays(1), Quota.DEFAULT, aTraining().proposed());

    // then
    assertThat(standing.status()).isEqualTo(QuotaStatus.NON_COMPLIANT);
    assertThat(standing.needed())
        .isEqualTo(
            "Lidköpings kommun: 0 delivered, 1 proposed; needed at least 1 more delivered by"
                + " 2018-08-31; the project has ended");
    assertThat(standing.quota().code()).isEqualTo("partner-quota.short");
    assertThat(standing.quota().arguments()).containsExactly(0, 1, 3, END);
  }

  @Test
  void a_partner_above_the_maximum_is_a_violation() {
    // given
    Quota oneToTwo = new Quota(1, 2);

    // when
    PartnerCompliance standing =
        judge(
            AT,
            oneToTwo,
            aTraining().id("T1").deliveredOn(LocalDate.of(2017, 1, 10)),
            aTraining().id("T2").deliveredOn(LocalDate.of(2017, 2, 10)),
            aTraining().id("T3").deliveredOn(LocalDate.of(2017, 3, 10)));

    // then
    assertThat(standing.status()).isEqualTo(QuotaStatus.NON_COMPLIANT);
    assertThat(standing.counted()).isEqualTo(3);
    assertThat(standing.needed())
        .isEqualTo("Lidköpings kommun: 3 delivered; 1 more than the most allowed (2)");
    assertThat(standing.quota().code()).isEqualTo("partner-quota.over");
    assertThat(standing.quota().arguments()).containsExactly(3, 1, 2);
  }

  @Test
  void a_delivered_training_that_breaks_a_rule_is_left_out_with_the_reason() {
    // given a training on a topic no focus area backs
    Training offTopic = aTraining().topics(DIGITALISATION).deliveredOn(LocalDate.of(2017, 3, 2));

    // when
    PartnerCompliance standing = judge(AT, Quota.DEFAULT, offTopic);

    // then
    assertThat(standing.delivered()).isEqualTo(1);
    assertThat(standing.counted()).isZero();
    assertThat(standing.status()).isEqualTo(QuotaStatus.IN_PROGRESS);
    assertThat(standing.quota().reason())
        .contains(
            "left out: KOBRA-T01 (focus-area: addresses digitalisation, none of them a focus area"
                + " backed by recorded needs (customer-hosting, social-media))");
    assertThat(standing.needed()).startsWith("Lidköpings kommun: 1 delivered (0 counted);");
  }

  @Test
  void a_training_delivered_after_the_date_judged_is_still_only_approved() {
    // given / when
    PartnerCompliance standing =
        judge(
            LocalDate.of(2017, 2, 28),
            Quota.DEFAULT,
            aTraining().deliveredOn(LocalDate.of(2017, 3, 2)));

    // then
    assertThat(standing.delivered()).isZero();
    assertThat(standing.approved()).isEqualTo(1);
    assertThat(standing.status()).isEqualTo(QuotaStatus.IN_PROGRESS);
  }

  @Test
  void a_training_delivered_outside_the_project_period_does_not_count() {
    // given / when
    PartnerCompliance standing =
        judge(END.plusYears(1), Quota.DEFAULT, aTraining().deliveredOn(END.plusDays(10)));

    // then
    assertThat(standing.counted()).isZero();
    assertThat(standing.quota().reason()).contains("outside the project period");
  }

  @Test
  void only_partners_that_are_neither_prospective_nor_associated_carry_the_quota() {
    // given
    Partner associated =
        new Partner(
            lidkoping().id(),
            lidkoping().project(),
            "Associerad AB",
            new NationalId("SE", "212000-1793"),
            PartnerRole.ASSOCIATED,
            Optional.empty(),
            false);

    // when / then
    assertThat(rule.carriesQuota(lidkoping())).isTrue();
    assertThat(rule.carriesQuota(associated)).isFalse();
  }
}
