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
import static se.westum.consortium.domain.training.TrainingFixtures.END;
import static se.westum.consortium.domain.training.TrainingFixtures.START;
import static se.westum.consortium.domain.training.TrainingFixtures.aTraining;
import static se.westum.consortium.domain.training.TrainingFixtures.facts;
import static se.westum.consortium.domain.training.TrainingFixtures.lidkoping;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.shared.DateRange;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainingPilotRuleTest {

  private final PilotRule rule = TrainingRules.PILOT;

  @Test
  void a_pilot_is_left_out_of_the_quota() {
    // given
    TrainingPlan pilot = aTraining().pilot().plan();

    // when / then
    assertThat(rule.mayCount(pilot)).isFalse();
    assertThat(rule.assess(pilot).reason()).isEqualTo("a pilot: left out of the partner quota");
  }

  @Test
  void a_needs_based_training_may_count() {
    // given
    TrainingPlan needsBased = aTraining().plan();

    // when / then
    assertThat(rule.mayCount(needsBased)).isTrue();
    assertThat(rule.assess(needsBased).reason())
        .isEqualTo("a needs-based training: may count towards the partner quota");
  }

  @Test
  void a_delivered_pilot_does_not_make_its_partner_compliant_and_the_quota_says_so() {
    // given Lidköping's only delivered training is the labour-law pilot
    Training pilot = aTraining().id("KOBRA-T00").pilot().deliveredOn(LocalDate.of(2016, 11, 17));

    // when
    PartnerCompliance standing =
        TrainingRules.PARTNER_QUOTA.assess(
            lidkoping(),
            Quota.DEFAULT,
            new DateRange(START, END),
            LocalDate.of(2017, 3, 31),
            List.of(TrainingRules.assess(pilot, facts())));

    // then
    assertThat(standing.status()).isEqualTo(QuotaStatus.IN_PROGRESS);
    assertThat(standing.pilots()).isEqualTo(1);
    assertThat(standing.delivered()).isZero();
    assertThat(standing.quota().reason()).contains("1 pilot left out (KOBRA-T00)");
  }
}
