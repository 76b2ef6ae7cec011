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
import static se.westum.consortium.domain.training.TrainingFixtures.CUSTOMER_HOSTING;
import static se.westum.consortium.domain.training.TrainingFixtures.DIGITALISATION;
import static se.westum.consortium.domain.training.TrainingFixtures.SOCIAL_MEDIA;
import static se.westum.consortium.domain.training.TrainingFixtures.aTraining;

import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.shared.Finding;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainingFocusAreaRuleTest {

  private final FocusAreaRule rule = TrainingRules.FOCUS_AREA;

  @Test
  void a_training_on_a_backed_focus_area_satisfies_the_rule() {
    // given
    TrainingPlan plan = aTraining().topics(DIGITALISATION, SOCIAL_MEDIA).plan();

    // when
    Finding finding = rule.assess(plan, Set.of(SOCIAL_MEDIA, CUSTOMER_HOSTING));

    // then
    assertThat(finding.rule()).isEqualTo("focus-area");
    assertThat(finding.satisfied()).isTrue();
    assertThat(finding.reason()).isEqualTo("addresses the focus area social-media");
  }

  @Test
  void a_training_on_no_backed_focus_area_breaks_the_rule() {
    // given
    TrainingPlan plan = aTraining().topics(DIGITALISATION).plan();

    // when
    Finding finding = rule.assess(plan, Set.of(SOCIAL_MEDIA, CUSTOMER_HOSTING));

    // then
    assertThat(finding.satisfied()).isFalse();
    assertThat(finding.reason())
        .isEqualTo(
            "addresses digitalisation, none of them a focus area backed by recorded needs"
                + " (customer-hosting, social-media)");
    assertThat(finding.code()).isEqualTo("focus-area.unbacked");
    assertThat(finding.arguments())
        .containsExactly("digitalisation", "customer-hosting, social-media");
  }

  @Test
  void a_focus_area_no_need_backs_does_not_count() {
    // given a training on social media when no recorded need backs any focus area
    TrainingPlan plan = aTraining().topics(SOCIAL_MEDIA).plan();

    // when
    Finding finding = rule.assess(plan, Set.of());

    // then
    assertThat(finding.satisfied()).isFalse();
    assertThat(finding.reason()).endsWith("(there is none)");
    assertThat(finding.code()).isEqualTo("focus-area.none-backed");
    assertThat(finding.arguments()).containsExactly("social-media");
  }

  @Test
  void a_pilot_is_not_judged_by_the_focus_areas() {
    assertThat(rule.assess(aTraining().pilot().plan(), Set.of()).satisfied()).isTrue();
  }
}
