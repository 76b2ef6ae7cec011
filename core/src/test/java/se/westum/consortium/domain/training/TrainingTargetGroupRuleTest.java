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
import static se.westum.consortium.domain.training.TrainingFixtures.INDUSTRY;
import static se.westum.consortium.domain.training.TrainingFixtures.RETAIL;
import static se.westum.consortium.domain.training.TrainingFixtures.VISITORS;
import static se.westum.consortium.domain.training.TrainingFixtures.aTraining;

import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.shared.Finding;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainingTargetGroupRuleTest {

  private final TargetGroupRule rule = TrainingRules.TARGET_GROUP;
  private final Set<SectorId> selected = Set.of(INDUSTRY, VISITORS);

  @Test
  void smes_in_selected_sectors_satisfy_the_rule() {
    // given
    TrainingPlan plan =
        aTraining().sizes(SizeClass.SMALL, SizeClass.MEDIUM).sectors(VISITORS).plan();

    // when
    Finding finding = rule.assess(plan, selected);

    // then
    assertThat(finding.rule()).isEqualTo("target-group");
    assertThat(finding.satisfied()).isTrue();
    assertThat(finding.reason())
        .isEqualTo("targets SMALL, MEDIUM companies in visitor-industry: SMEs in selected sectors");
  }

  @Test
  void large_companies_break_the_rule() {
    // given
    TrainingPlan plan =
        aTraining().sizes(SizeClass.MEDIUM, SizeClass.LARGE).sectors(INDUSTRY).plan();

    // when
    Finding finding = rule.assess(plan, selected);

    // then
    assertThat(finding.satisfied()).isFalse();
    assertThat(finding.reason())
        .isEqualTo(
            "targets MEDIUM, LARGE companies in industrial-technology: it targets LARGE companies,"
                + " not only SMEs");
    assertThat(finding.code()).isEqualTo("target-group.large");
    assertThat(finding.arguments()).containsExactly("MEDIUM, LARGE", "industrial-technology");
  }

  @Test
  void a_sector_the_project_did_not_select_breaks_the_rule() {
    // given
    TrainingPlan plan = aTraining().sizes(SizeClass.MICRO).sectors(RETAIL, VISITORS).plan();

    // when
    Finding finding = rule.assess(plan, selected);

    // then
    assertThat(finding.satisfied()).isFalse();
    assertThat(finding.reason())
        .isEqualTo(
            "targets MICRO companies in retail, visitor-industry: it targets retail, not selected by"
                + " the project (selected: industrial-technology, visitor-industry)");
    assertThat(finding.code()).isEqualTo("target-group.unselected");
    assertThat(finding.arguments())
        .containsExactly(
            "MICRO",
            "retail, visitor-industry",
            "retail",
            "industrial-technology, visitor-industry");
  }

  @Test
  void a_training_that_names_no_target_group_breaks_the_rule() {
    // given
    TrainingPlan plan = aTraining().sizes().sectors().plan();

    // when
    Finding finding = rule.assess(plan, selected);

    // then
    assertThat(finding.satisfied()).isFalse();
    assertThat(finding.reason())
        .contains("it names no company size")
        .contains("it names no sector");
    assertThat(finding.code()).isEqualTo("target-group.no-size.no-sector");
    assertThat(finding.arguments()).containsExactly("–", "–");
  }
}
