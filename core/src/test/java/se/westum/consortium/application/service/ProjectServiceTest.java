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
package se.westum.consortium.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.in.BudgetConsumption;
import se.westum.consortium.application.port.in.ChangeProjectStatusCommand;
import se.westum.consortium.application.port.in.RecordMobilityCommand;
import se.westum.consortium.application.port.in.RecordMobilityGrantCommand;
import se.westum.consortium.application.port.in.RecordPartnerCommand;
import se.westum.consortium.application.port.in.RecordProgrammeCommand;
import se.westum.consortium.application.port.in.RecordProjectCommand;
import se.westum.consortium.application.port.in.TravelGrantQuery;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.mobility.MobilityStatus;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.project.PartnerRole;
import se.westum.consortium.domain.project.ProgrammeKind;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.ProjectStatus;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.Texts;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.testing.InMemoryStorage;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProjectServiceTest {

  private final Consortium consortium = Consortium.builder().storage(new InMemoryStorage()).build();

  @BeforeEach
  void an_erasmus_project_with_a_grant() {
    consortium
        .projects()
        .recordProgramme(
            new RecordProgrammeCommand(
                "ERASMUS-KA1", "Erasmus+ KA1", ProgrammeKind.ERASMUS_PLUS_KA1));
    consortium
        .projects()
        .recordProject(
            new RecordProjectCommand(
                "EPLUS",
                "Erasmus+ mobilitet",
                "ERASMUS-KA1",
                LocalDate.of(2015, 6, 1),
                LocalDate.of(2017, 5, 31),
                "Westum",
                ProjectStatus.RUNNING,
                null,
                LocalDate.of(2017, 6, 30),
                List.of()));
    consortium
        .mobility()
        .recordGrant(
            new RecordMobilityGrantCommand(
                "EPLUS",
                2015,
                List.of(
                    new RecordMobilityGrantCommand.Category(
                        ParticipantCategory.LEARNER,
                        10,
                        new BigDecimal("12000"),
                        List.of(new BigDecimal("40"), new BigDecimal("30"), new BigDecimal("20")))),
                null));
  }

  private static RecordMobilityCommand toHamburg(String id, MobilityStatus status) {
    return new RecordMobilityCommand(
        id,
        "EPLUS",
        "L-" + id,
        ParticipantCategory.LEARNER,
        "Lärcentrum Skövde",
        "Skövde",
        "SE",
        "58.3903,13.8461",
        null,
        "Berufsschule",
        "Hamburg",
        "DE",
        "53.5511,9.9937",
        LocalDate.of(2016, 3, 1),
        LocalDate.of(2016, 3, 14),
        2,
        false,
        false,
        0,
        status);
  }

  @Test
  void a_goal_id_of_the_wrong_form_is_refused_at_goals_before_any_goal_is_looked_up() {
    // when
    ValidationException refused =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                consortium
                    .projects()
                    .recordProject(
                        new RecordProjectCommand(
                            "EPLUS",
                            "Erasmus+ mobilitet",
                            "ERASMUS-KA1",
                            LocalDate.of(2015, 6, 1),
                            LocalDate.of(2017, 5, 31),
                            "Westum",
                            ProjectStatus.RUNNING,
                            null,
                            null,
                            List.of(),
                            List.of("2016-I", "mål I"))));

    // then
    assertThat(refused).isNotNull();
    assertThat(refused.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.field()).startsWith("goals"));
    assertThat(consortium.projects().project(new ProjectId("EPLUS")).orElseThrow().goals())
        .isEmpty();
  }

  @Test
  void recording_a_project_again_keeps_its_status_and_status_changes_follow_the_machine() {
    assertThatThrownBy(
            () ->
                consortium
                    .projects()
                    .changeStatus(new ChangeProjectStatusCommand("EPLUS", ProjectStatus.CLOSED)))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("allowed: CLOSING");
    assertThat(
            consortium
                .projects()
                .changeStatus(new ChangeProjectStatusCommand("EPLUS", ProjectStatus.CLOSING))
                .status())
        .isEqualTo(ProjectStatus.CLOSING);
  }

  @Test
  void a_partners_national_id_is_checked_by_its_country() {
    assertThatThrownBy(
            () ->
                consortium
                    .projects()
                    .recordPartner(
                        new RecordPartnerCommand(
                            "LARVIK",
                            "EPLUS",
                            "Larvik kommune",
                            "NO",
                            "974510996",
                            PartnerRole.PARTNER,
                            null,
                            false)))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("Norwegian");
  }

  @Test
  void a_target_with_more_decimals_than_stored_is_refused_not_rounded() {
    // given
    RecordMobilityGrantCommand.Category learners =
        new RecordMobilityGrantCommand.Category(
            ParticipantCategory.LEARNER,
            10,
            new BigDecimal("12000"),
            List.of(new BigDecimal("40"), new BigDecimal("30"), new BigDecimal("20")));

    // when / then
    assertThatThrownBy(
            () ->
                consortium
                    .mobility()
                    .recordGrant(
                        new RecordMobilityGrantCommand(
                            "EPLUS", 2015, List.of(learners), new BigDecimal("79.95"))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.errors().get(0).field()).isEqualTo("target");
              assertThat(e.errors().get(0).code()).isEqualTo(Bounds.TOO_MANY_DECIMALS);
            });
    assertThat(consortium.mobility().grant(new ProjectId("EPLUS")).orElseThrow().target().value())
        .isEqualByComparingTo("80.0");
  }

  @Test
  void a_project_name_with_a_control_character_is_refused() {
    assertThatThrownBy(
            () ->
                consortium
                    .projects()
                    .recordProject(
                        new RecordProjectCommand(
                            "EPLUS",
                            "Erasmus+\u0000mobilitet",
                            "ERASMUS-KA1",
                            LocalDate.of(2015, 6, 1),
                            LocalDate.of(2017, 5, 31),
                            "Westum",
                            ProjectStatus.RUNNING,
                            null,
                            null,
                            List.of())))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo(Texts.CONTROL_CHARACTER));
  }

  @Test
  void the_consumption_counts_completed_mobilities() {
    // given
    consortium.mobility().record(toHamburg("M1", MobilityStatus.COMPLETED));
    consortium.mobility().record(toHamburg("M2", MobilityStatus.PLANNED));

    // when
    BudgetConsumption consumption =
        consortium.mobility().budget(new ProjectId("EPLUS"), LocalDate.of(2016, 12, 31));

    // then
    assertThat(consumption.categories())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.placesUsed()).isEqualTo(1);
              assertThat(c.budgetUsed().amount()).isEqualByComparingTo("1105.00");
              assertThat(c.forecastPlaces()).isEqualTo(2);
            });
    assertThat(consortium.mobility().grantOf(new MobilityId("M1")).total().amount())
        .isEqualByComparingTo("1105.00");
  }

  @Test
  void a_mobility_of_a_category_without_places_is_refused() {
    RecordMobilityCommand staff = toHamburg("S1", MobilityStatus.PLANNED);
    RecordMobilityCommand asStaff =
        new RecordMobilityCommand(
            staff.id(),
            staff.project(),
            staff.participant(),
            ParticipantCategory.STAFF,
            staff.sendingOrganisation(),
            staff.sendingCity(),
            staff.sendingCountry(),
            staff.sendingCoordinates(),
            staff.sendingMember(),
            staff.receivingOrganisation(),
            staff.receivingCity(),
            staff.receivingCountry(),
            staff.receivingCoordinates(),
            staff.start(),
            staff.end(),
            staff.travelDays(),
            false,
            false,
            0,
            MobilityStatus.PLANNED);
    assertThatThrownBy(() -> consortium.mobility().record(asStaff))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("no STAFF places");
  }

  @Test
  void a_consumption_of_a_project_without_grant_is_not_found() {
    assertThatThrownBy(
            () -> consortium.mobility().budget(new ProjectId("NOPE"), LocalDate.of(2016, 12, 31)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void the_travel_grant_query_is_validated_and_answered() {
    assertThat(
            consortium
                .mobility()
                .travelGrant(new TravelGrantQuery(2015, "58.3903,13.8461", "53.5511,9.9937", false))
                .amount()
                .amount())
        .isEqualByComparingTo("275");
    assertThatThrownBy(
            () ->
                consortium
                    .mobility()
                    .travelGrant(new TravelGrantQuery(2015, "north", "53.5,9.9", false)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("from");
  }
}
