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
import static se.westum.consortium.domain.training.TrainingFixtures.aTraining;

import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.shared.Finding;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainingTransnationalOpenRuleTest {

  private final TransnationalOpenRule rule = TrainingRules.TRANSNATIONAL_OPEN;
  private final Set<String> countries = Set.of("SE", "NO", "DK");

  @Test
  void a_transnational_training_open_to_every_partner_country_satisfies_the_rule() {
    // given
    TrainingPlan plan = aTraining().transnational("se", "NO", "DK", "FI").plan();

    // when
    Finding finding = rule.assess(plan, countries);

    // then
    assertThat(finding.rule()).isEqualTo("transnational-open");
    assertThat(finding.satisfied()).isTrue();
    assertThat(finding.reason())
        .isEqualTo("transnational and open to DK, FI, NO, SE: every partner country");
  }

  @Test
  void a_transnational_training_closed_to_a_partner_country_breaks_the_rule() {
    // given
    TrainingPlan plan = aTraining().transnational("SE", "DK").plan();

    // when
    Finding finding = rule.assess(plan, countries);

    // then
    assertThat(finding.satisfied()).isFalse();
    assertThat(finding.reason())
        .isEqualTo("transnational and open to DK, SE, not to NO, where the project has partners");
    assertThat(finding.arguments()).containsExactly("DK, SE", "NO");
  }

  @Test
  void a_national_training_is_not_judged_by_its_countries() {
    assertThat(rule.assess(aTraining().plan(), countries).reason()).isEqualTo("not transnational");
  }
}
