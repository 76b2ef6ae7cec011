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
import static se.westum.consortium.domain.training.TrainingFixtures.PROJECT_BOARD_DECISION;
import static se.westum.consortium.domain.training.TrainingFixtures.QUALITY_ASSURANCE;
import static se.westum.consortium.domain.training.TrainingFixtures.aTraining;
import static se.westum.consortium.domain.training.TrainingFixtures.quorateBoardMeeting;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.shared.Finding;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainingApprovalRuleTest {

  private final ApprovalRule rule = TrainingRules.APPROVAL;
  private static final LocalDate DECIDED = LocalDate.of(2016, 12, 8);

  @Test
  void a_quorate_board_decision_before_the_planned_day_satisfies_the_rule() {
    // given
    Training training = aTraining().plannedOn(LocalDate.of(2017, 3, 15)).approved();

    // when
    Finding finding =
        rule.assess(training, Optional.of(quorateBoardMeeting(QUALITY_ASSURANCE, DECIDED)));

    // then
    assertThat(finding.rule()).isEqualTo("approval");
    assertThat(finding.satisfied()).isTrue();
    assertThat(finding.reason())
        .isEqualTo(
            "approved by B2016-07§1, a quorate BOARD_MEETING on 2016-12-08, no later than its"
                + " planned day 2017-03-15");
  }

  @Test
  void while_not_delivered_a_quorate_board_decision_after_the_planned_day_breaks_the_rule() {
    // given a training planned for 2016-12-01, approved a week later and not delivered
    Training training = aTraining().plannedOn(LocalDate.of(2016, 12, 1)).approved();

    // when
    Finding finding =
        rule.assess(training, Optional.of(quorateBoardMeeting(QUALITY_ASSURANCE, DECIDED)));

    // then
    assertThat(finding.satisfied()).isFalse();
    assertThat(finding.reason())
        .isEqualTo(
            "approved by B2016-07§1 of a BOARD_MEETING on 2016-12-08, after its planned day"
                + " 2016-12-01");
    assertThat(finding.code()).isEqualTo("approval.after-plan");
    assertThat(finding.arguments())
        .containsExactly("B2016-07§1", LocalDate.of(2016, 12, 8), LocalDate.of(2016, 12, 1));
  }

  @Test
  void while_not_delivered_a_quorate_board_decision_on_the_planned_day_satisfies_the_rule() {
    // given a training planned for the day of the decision, not delivered
    Training training = aTraining().plannedOn(DECIDED).approved();

    // when
    Finding finding =
        rule.assess(training, Optional.of(quorateBoardMeeting(QUALITY_ASSURANCE, DECIDED)));

    // then
    assertThat(finding.satisfied()).isTrue();
    assertThat(finding.reason())
        .isEqualTo(
            "approved by B2016-07§1, a quorate BOARD_MEETING on 2016-12-08, no later than its"
                + " planned day 2016-12-08");
  }

  @Test
  void once_delivered_the_delivery_day_counts_instead_of_the_planned_day() {
    // given planned before the decision, delivered after it
    Training training =
        aTraining().plannedOn(LocalDate.of(2016, 12, 1)).deliveredOn(LocalDate.of(2016, 12, 9));

    // when
    Finding finding =
        rule.assess(training, Optional.of(quorateBoardMeeting(QUALITY_ASSURANCE, DECIDED)));

    // then
    assertThat(finding.satisfied()).isTrue();
    assertThat(finding.reason()).endsWith("no later than its delivery on 2016-12-09");
  }

  @Test
  void a_strategy_day_of_the_board_counts_too() {
    // given
    Training training = aTraining().approved();
    ApprovalFacts facts =
        new ApprovalFacts(
            QUALITY_ASSURANCE,
            MeetingKind.STRATEGY_DAY,
            DECIDED,
            Finding.satisfied("quorum", "quorate"));

    // when / then
    assertThat(rule.assess(training, Optional.of(facts)).satisfied()).isTrue();
  }

  @Test
  void a_decision_after_the_delivery_day_breaks_the_rule() {
    // given a training delivered on 2016-12-01, approved a week later
    Training training = aTraining().deliveredOn(LocalDate.of(2016, 12, 1));

    // when
    Finding finding =
        rule.assess(training, Optional.of(quorateBoardMeeting(QUALITY_ASSURANCE, DECIDED)));

    // then
    assertThat(finding.satisfied()).isFalse();
    assertThat(finding.reason())
        .isEqualTo(
            "approved by B2016-07§1 of a BOARD_MEETING on 2016-12-08, after its delivery on"
                + " 2016-12-01");
  }

  @Test
  void a_decision_on_the_delivery_day_is_no_later_than_it() {
    // given
    Training training = aTraining().deliveredOn(DECIDED);

    // when / then
    assertThat(
            rule.assess(training, Optional.of(quorateBoardMeeting(QUALITY_ASSURANCE, DECIDED)))
                .satisfied())
        .isTrue();
  }

  @Test
  void a_project_board_decision_does_not_count() {
    // given
    Training training = aTraining().proposed().approve(PROJECT_BOARD_DECISION);
    ApprovalFacts facts =
        new ApprovalFacts(
            PROJECT_BOARD_DECISION,
            MeetingKind.PROJECT_BOARD_MEETING,
            LocalDate.of(2016, 11, 23),
            Finding.satisfied(
                "quorum", "a PROJECT_BOARD_MEETING is not judged by the board's quorum"));

    // when
    Finding finding = rule.assess(training, Optional.of(facts));

    // then
    assertThat(finding.satisfied()).isFalse();
    assertThat(finding.reason())
        .isEqualTo(
            "approved by KOBRA-PB-2016-2§1 of a PROJECT_BOARD_MEETING on 2016-11-23: only a decision"
                + " of the consortium's board (board meeting or strategy day) counts");
  }

  @Test
  void a_working_group_decision_does_not_count() {
    // given
    Training training = aTraining().approved();
    ApprovalFacts facts =
        new ApprovalFacts(
            QUALITY_ASSURANCE,
            MeetingKind.WORKING_GROUP_MEETING,
            DECIDED,
            Finding.satisfied("quorum", "not judged"));

    // when / then
    assertThat(rule.assess(training, Optional.of(facts)).satisfied()).isFalse();
  }

  @Test
  void a_decision_of_a_meeting_that_was_not_quorate_breaks_the_rule() {
    // given
    Training training = aTraining().approved();
    Finding quorum =
        Finding.violated(
            "quorum", "4 of 8 ordinary members present: not quorate (more than half, 5, needed)");
    ApprovalFacts facts =
        new ApprovalFacts(QUALITY_ASSURANCE, MeetingKind.BOARD_MEETING, DECIDED, quorum);

    // when
    Finding finding = rule.assess(training, Optional.of(facts));

    // then
    assertThat(finding.satisfied()).isFalse();
    assertThat(finding.reason())
        .isEqualTo(
            "approved by B2016-07§1 of a BOARD_MEETING on 2016-12-08, which was not quorate (4 of 8"
                + " ordinary members present: not quorate (more than half, 5, needed))");
  }

  @Test
  void a_proposed_or_rejected_training_is_not_approved() {
    // given
    Training proposed = aTraining().proposed();
    Training rejected = aTraining().proposed().reject(QUALITY_ASSURANCE);

    // when / then
    assertThat(rule.assess(proposed, Optional.empty()).reason())
        .isEqualTo("not approved: still proposed");
    assertThat(rule.assess(rejected, Optional.empty()).reason())
        .isEqualTo("rejected by B2016-07§1");
    assertThat(rule.assess(rejected, Optional.empty()).satisfied()).isFalse();
  }

  @Test
  void a_decision_that_is_not_recorded_breaks_the_rule() {
    Finding finding = rule.assess(aTraining().approved(), Optional.empty());
    assertThat(finding.satisfied()).isFalse();
    assertThat(finding.reason())
        .isEqualTo("approved by B2016-07§1, a decision that is not recorded");
  }
}
