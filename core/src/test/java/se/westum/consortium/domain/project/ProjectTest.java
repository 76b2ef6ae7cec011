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
package se.westum.consortium.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.westum.consortium.testing.ProjectFixtures.erasmusProject;
import static se.westum.consortium.testing.ProjectFixtures.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.NationalId;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.ValidationException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProjectTest {

  @Test
  void a_running_project_moves_on_to_closing() {
    assertThat(erasmusProject().movedTo(ProjectStatus.CLOSING).status())
        .isEqualTo(ProjectStatus.CLOSING);
  }

  @Test
  void an_illegal_status_change_is_refused_naming_the_allowed_ones() {
    assertThatThrownBy(() -> erasmusProject().movedTo(ProjectStatus.CLOSED))
        .isInstanceOf(DomainException.class)
        .hasMessage("project EPLUS-2015 cannot move from RUNNING to CLOSED; allowed: CLOSING")
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("illegal-status-change");
  }

  @Test
  void a_projects_goals_are_copied_each_once_in_the_order_first_given_and_kept_by_a_move() {
    // given
    GoalId first = new GoalId("2016-I");
    GoalId third = new GoalId("2016-III");
    List<GoalId> given = new ArrayList<>(List.of(third, first, third));
    Project p = erasmusProject();

    // when
    Project linked =
        new Project(
            p.id(),
            p.name(),
            p.programme(),
            p.period(),
            p.coordinator(),
            p.status(),
            p.applicationDeadline(),
            p.finalReportDeadline(),
            p.audits(),
            given);
    given.clear();

    // then
    assertThat(linked.goals()).containsExactly(third, first);
    assertThat(linked.movedTo(ProjectStatus.CLOSING).goals()).containsExactly(third, first);
    assertThatThrownBy(() -> linked.goals().add(first))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void only_a_submitted_application_can_be_rejected_and_a_rejection_is_final() {
    assertThat(ProjectStatus.SUBMITTED.next())
        .containsExactlyInAnyOrder(ProjectStatus.GRANTED, ProjectStatus.REJECTED);
    assertThat(ProjectStatus.DRAFT_APPLICATION.next()).doesNotContain(ProjectStatus.REJECTED);
    assertThat(ProjectStatus.REJECTED.next()).isEmpty();
  }

  @Test
  void indicator_progress_runs_from_baseline_to_target() {
    assertThat(indicator().progressBy(LocalDate.of(2016, 12, 31)).orElseThrow().value())
        .isEqualByComparingTo("42.5");
    assertThat(indicator().progressBy(LocalDate.of(2016, 7, 1)).orElseThrow().value())
        .isEqualByComparingTo("25.0");
    assertThat(indicator().progressBy(LocalDate.of(2016, 1, 1))).isEmpty();
  }

  @Test
  void a_partner_that_is_a_member_has_the_members_number() {
    assertThatThrownBy(
            () ->
                new Partner(
                    new PartnerId("P"),
                    new ProjectId("X"),
                    "Larvik kommune",
                    new NationalId("NO", "974510995"),
                    PartnerRole.PARTNER,
                    Optional.of(OrganisationNumber.parse("212000-1355")),
                    false))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void an_indicator_needs_a_target_other_than_its_baseline() {
    assertThatThrownBy(
            () ->
                new Indicator(
                    new IndicatorId("I"),
                    new ProjectId("X"),
                    "n",
                    "u",
                    BigDecimal.ONE,
                    BigDecimal.ONE,
                    java.util.List.of()))
        .isInstanceOf(ValidationException.class);
  }
}
