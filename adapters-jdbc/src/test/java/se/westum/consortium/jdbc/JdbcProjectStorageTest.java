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
package se.westum.consortium.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static se.westum.consortium.testing.GovernanceFixtures.boardMeeting;
import static se.westum.consortium.testing.ProjectFixtures.EPLUS;
import static se.westum.consortium.testing.ProjectFixtures.erasmus;
import static se.westum.consortium.testing.ProjectFixtures.erasmusProject;
import static se.westum.consortium.testing.ProjectFixtures.eur;
import static se.westum.consortium.testing.ProjectFixtures.grant;
import static se.westum.consortium.testing.ProjectFixtures.group;
import static se.westum.consortium.testing.ProjectFixtures.indicator;
import static se.westum.consortium.testing.ProjectFixtures.learnerToHamburg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.in.BudgetConsumption;
import se.westum.consortium.application.port.in.RecordMobilityCommand;
import se.westum.consortium.application.port.in.RecordMobilityGrantCommand;
import se.westum.consortium.application.port.in.RecordProgrammeCommand;
import se.westum.consortium.application.port.in.RecordProjectCommand;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.mobility.CategoryGrant;
import se.westum.consortium.domain.mobility.Coordinates;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.mobility.MobilityStatus;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.mobility.Place;
import se.westum.consortium.domain.project.Audit;
import se.westum.consortium.domain.project.GroupId;
import se.westum.consortium.domain.project.GroupKind;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.Measurement;
import se.westum.consortium.domain.project.ProgrammeKind;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.ProjectStatus;
import se.westum.consortium.domain.project.WorkingGroup;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.Percentage;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.testing.InMemoryStorage;
import se.westum.consortium.testing.ProjectStorageContract;

/**
 * The project and mobility storage contract plus what only a database adapter must show: child rows
 * replaced on re-save, exact decimals, batches refused whole, one connection per transaction,
 * upgrading a V2 schema, and the core computing a grant's consumption over the database. Run once
 * per {@link Vendor}, on a fresh database for each test.
 */
abstract class JdbcProjectStorageTest extends ProjectStorageContract {

  private TestDatabase database;

  /** The database this run is on. */
  abstract Vendor vendor();

  @BeforeEach
  void freshDatabase() {
    database = TestDatabase.fresh(vendor());
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Override
  protected Storage emptyStorage() {
    return JdbcAdapter.create(database.dataSource());
  }

  private Storage withProject() {
    Storage storage = emptyStorage();
    storage.programmes().save(erasmus());
    storage.projects().save(erasmusProject());
    return storage;
  }

  // ---- child rows

  @Test
  void saving_records_again_leaves_exactly_their_new_child_rows() {
    // given
    Storage storage = withProject();
    storage.meetings().save(boardMeeting("M1", LocalDate.of(2016, 5, 1)));
    storage.meetings().save(boardMeeting("M2", LocalDate.of(2016, 6, 1)));
    Project twoAudits =
        withAudits(
            erasmusProject(),
            List.of(
                new Audit(LocalDate.of(2016, 3, 1), "UHR", "Godkänd"),
                new Audit(LocalDate.of(2016, 11, 15), "UHR", "Kompletteringar begärda")));
    storage.projects().save(twoAudits);
    storage.workingGroups().save(group(new MeetingId("M1"), new MeetingId("M2")));
    storage.indicators().save(indicator());
    storage.mobilityGrants().save(grant());
    Project oneAudit = withAudits(erasmusProject(), twoAudits.audits().subList(1, 2));
    WorkingGroup smaller =
        new WorkingGroup(
            new GroupId("EPLUS-CONTACTS"),
            EPLUS,
            "Kontaktpersoner",
            GroupKind.PROJECT_BOARD,
            List.of("Larvik kommune"),
            List.of());
    Indicator remeasured =
        new Indicator(
            indicator().id(),
            EPLUS,
            indicator().name(),
            indicator().unit(),
            indicator().baseline(),
            indicator().target(),
            List.of(new Measurement(LocalDate.of(2017, 2, 28), BigDecimal.valueOf(25))));
    MobilityGrant learnersOnly =
        new MobilityGrant(
            EPLUS, Year.of(2016), grant().categories().subList(0, 1), MobilityGrant.DEFAULT_TARGET);

    // when
    storage.projects().saveAll(List.of(oneAudit));
    storage.workingGroups().saveAll(List.of(smaller));
    storage.indicators().saveAll(List.of(remeasured));
    storage.mobilityGrants().saveAll(List.of(learnersOnly));

    // then
    assertThat(storage.projects().find(EPLUS)).contains(oneAudit);
    assertThat(storage.workingGroups().find(smaller.id())).contains(smaller);
    assertThat(storage.indicators().find(remeasured.id())).contains(remeasured);
    assertThat(storage.mobilityGrants().find(EPLUS)).contains(learnersOnly);
    assertThat(database.count("SELECT COUNT(*) FROM consortium_project_audit")).isEqualTo(1);
    assertThat(database.count("SELECT COUNT(*) FROM consortium_working_group_organisation"))
        .isEqualTo(1);
    assertThat(database.count("SELECT COUNT(*) FROM consortium_working_group_meeting")).isZero();
    assertThat(database.count("SELECT COUNT(*) FROM consortium_indicator_measurement"))
        .isEqualTo(1);
    assertThat(database.count("SELECT COUNT(*) FROM consortium_mobility_grant_category"))
        .isEqualTo(1);
  }

  @Test
  void a_projects_audits_and_goals_are_read_together_without_multiplying_and_replaced_on_re_save() {
    // given
    Storage storage = withProject();
    GoalId first = new GoalId("2016-I");
    GoalId third = new GoalId("2016-III");
    storage.goals().save(new Goal(first, Year.of(2016), "I", "Strategisk kompetensförsörjning"));
    storage.goals().save(new Goal(third, Year.of(2016), "III", "Internationell samverkan"));
    Project audited =
        withAudits(
            erasmusProject(),
            List.of(
                new Audit(LocalDate.of(2016, 3, 1), "UHR", "Godkänd"),
                new Audit(LocalDate.of(2016, 11, 15), "UHR", "Kompletteringar begärda")));
    Project linked = withGoals(audited, third, first);
    Project other = withGoals(withId(erasmusProject(), "EPLUS-2017"), first);

    // when
    storage.projects().saveAll(List.of(linked, other));
    List<Project> all = storage.projects().all();
    storage.projects().save(withGoals(linked, first));

    // then
    assertThat(all).containsExactly(linked, other);
    assertThat(storage.projects().find(EPLUS).orElseThrow().goals()).containsExactly(first);
    assertThat(database.count("SELECT COUNT(*) FROM consortium_project_goal")).isEqualTo(2);
    assertThat(database.count("SELECT COUNT(*) FROM consortium_project_audit"))
        .isEqualTo(2 + other.audits().size());
  }

  @Test
  void a_project_naming_a_goal_not_stored_is_refused_by_the_storage_writing_nothing() {
    // given (the core refuses it first; the adapter does not rely on that)
    Storage storage = withProject();
    Project linked = withGoals(withId(erasmusProject(), "EPLUS-2017"), new GoalId("2016-IX"));

    // when
    Throwable refused = catchThrowable(() -> storage.projects().saveAll(List.of(linked)));

    // then
    assertThat(refused).isInstanceOf(NotFoundException.class).hasMessageContaining("2016-IX");
    assertThat(storage.projects().all()).containsExactly(erasmusProject());
  }

  @Test
  void a_groups_organisations_and_meetings_keep_the_order_they_were_given_in() {
    // given
    Storage storage = withProject();
    storage.meetings().save(boardMeeting("M1", LocalDate.of(2016, 5, 1)));
    storage.meetings().save(boardMeeting("M2", LocalDate.of(2016, 6, 1)));
    WorkingGroup board =
        new WorkingGroup(
            new GroupId("KOBRA-BOARD"),
            EPLUS,
            "Projektstyrelse",
            GroupKind.PROJECT_BOARD,
            List.of("Västra Götalandsregionen", "Larvik kommune", "Region Midtjylland"),
            List.of(new MeetingId("M2"), new MeetingId("M1")));
    WorkingGroup empty =
        new WorkingGroup(
            new GroupId("KOBRA-A"), EPLUS, "Analys", GroupKind.WORKING_GROUP, List.of(), List.of());

    // when
    storage.workingGroups().saveAll(List.of(board, empty));

    // then
    assertThat(storage.workingGroups().ofProject(EPLUS)).containsExactly(empty, board);
  }

  // ---- exact values

  @Test
  void coordinates_money_and_indicator_values_round_trip_exactly() {
    // given
    Storage storage = withProject();
    Mobility hamburg = learnerToHamburg("A", LocalDate.of(2016, 3, 1), MobilityStatus.COMPLETED);
    Mobility farAway =
        new Mobility(
            new MobilityId("EXACT"),
            EPLUS,
            hamburg.participant(),
            ParticipantCategory.STAFF,
            new Place("Lärcentrum", "Skövde", "SE", coordinates("58.39000000", "-0.12345678")),
            Optional.empty(),
            new Place("Station", "Sydpolen", "AQ", coordinates("-89.99999999", "180")),
            LocalDate.of(2016, 2, 1),
            LocalDate.of(2016, 2, 10),
            4,
            true,
            true,
            10,
            MobilityStatus.PLANNED);
    MobilityGrant grant =
        new MobilityGrant(
            EPLUS,
            Year.of(2021),
            List.of(
                new CategoryGrant(
                    ParticipantCategory.STAFF,
                    3,
                    eur("999999999999.99"),
                    Map.of(2, eur("0.01"), 3, eur("123456.78"))),
                new CategoryGrant(ParticipantCategory.LEARNER, 40, eur("0"), Map.of())),
            new Percentage(new BigDecimal("57.5")));
    Indicator indicator =
        new Indicator(
            indicator().id(),
            EPLUS,
            "Andel",
            "%",
            new BigDecimal("12.5000"),
            new BigDecimal("4E+1"),
            List.of(new Measurement(LocalDate.of(2016, 1, 1), new BigDecimal("-0.0001"))));

    // when
    storage.mobilities().saveAll(List.of(hamburg, farAway));
    storage.mobilityGrants().save(grant);
    storage.indicators().save(indicator);

    // then
    Mobility read = storage.mobilities().find(farAway.id()).orElseThrow();
    assertThat(read).isEqualTo(farAway);
    assertThat(read.sending().coordinates().latitude()).hasScaleOf(8);
    assertThat(read.receiving().coordinates().longitude()).hasScaleOf(0);
    assertThat(storage.mobilities().find(hamburg.id())).contains(hamburg);
    assertThat(storage.mobilityGrants().find(EPLUS)).contains(grant);
    assertThat(storage.indicators().find(indicator.id())).contains(indicator);
  }

  @Test
  void a_value_with_more_decimals_than_its_column_holds_is_no_record_so_nothing_reaches_a_column() {
    // given
    BigDecimal nineDecimals = new BigDecimal("58.123456789");
    BigDecimal fiveDecimals = new BigDecimal("0.00001");

    // when / then
    assertThatThrownBy(() -> coordinates(nineDecimals.toPlainString(), "13.8461"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo(Bounds.TOO_MANY_DECIMALS));
    assertThatThrownBy(
            () ->
                new Indicator(
                    indicator().id(),
                    EPLUS,
                    "Andel",
                    "%",
                    BigDecimal.ZERO,
                    fiveDecimals,
                    List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo(Bounds.TOO_MANY_DECIMALS));
  }

  // ---- the core, wired as the README shows

  @Test
  void the_core_wired_with_the_adapter_computes_a_grants_consumption_as_in_memory() {
    // given
    Consortium onDatabase =
        Consortium.builder().storage(JdbcAdapter.create(database.dataSource())).build();
    Consortium inMemory = Consortium.builder().storage(new InMemoryStorage()).build();
    for (Consortium consortium : List.of(onDatabase, inMemory)) {
      recordErasmusProject(consortium);
    }

    // when
    Function<Consortium, BudgetConsumption> consumption =
        consortium ->
            consortium.mobility().budget(new ProjectId("EPLUS"), LocalDate.of(2016, 12, 31));
    BudgetConsumption computed = consumption.apply(onDatabase);

    // then
    assertThat(computed.categories())
        .singleElement()
        .satisfies(
            learners -> {
              assertThat(learners.placesUsed()).isEqualTo(1);
              assertThat(learners.budgetUsed().amount()).isEqualByComparingTo("1105.00");
              assertThat(learners.placesUsedPercent().value()).isEqualByComparingTo("10.0");
              assertThat(learners.budgetUsedPercent().value()).isEqualByComparingTo("9.2");
              assertThat(learners.forecastPlaces()).isEqualTo(2);
            });
    assertThat(computed).isEqualTo(consumption.apply(inMemory));
  }

  private static void recordErasmusProject(Consortium consortium) {
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
    consortium.mobility().record(toHamburg("M1", MobilityStatus.COMPLETED));
    consortium.mobility().record(toHamburg("M2", MobilityStatus.PLANNED));
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

  // ---- helpers

  private static Coordinates coordinates(String latitude, String longitude) {
    return new Coordinates(new BigDecimal(latitude), new BigDecimal(longitude));
  }

  private static Project withAudits(Project project, List<Audit> audits) {
    return new Project(
        project.id(),
        project.name(),
        project.programme(),
        project.period(),
        project.coordinator(),
        project.status(),
        project.applicationDeadline(),
        project.finalReportDeadline(),
        audits,
        project.goals());
  }

  private static Project withGoals(Project project, GoalId... goals) {
    return new Project(
        project.id(),
        project.name(),
        project.programme(),
        project.period(),
        project.coordinator(),
        project.status(),
        project.applicationDeadline(),
        project.finalReportDeadline(),
        project.audits(),
        List.of(goals));
  }

  private static Project withId(Project project, String id) {
    return new Project(
        new ProjectId(id),
        project.name(),
        project.programme(),
        project.period(),
        project.coordinator(),
        project.status(),
        project.applicationDeadline(),
        project.finalReportDeadline(),
        project.audits(),
        project.goals());
  }

  private static Mobility withSending(Mobility mobility, Coordinates sending) {
    Place place = mobility.sending();
    return copy(
        mobility,
        mobility.project(),
        new Place(place.organisation(), place.city(), place.country(), sending));
  }

  private static Mobility withProject(Mobility mobility, ProjectId project) {
    return copy(mobility, project, mobility.sending());
  }

  private static Mobility copy(Mobility mobility, ProjectId project, Place sending) {
    return new Mobility(
        mobility.id(),
        project,
        mobility.participant(),
        mobility.category(),
        sending,
        mobility.sendingMember(),
        mobility.receiving(),
        mobility.start(),
        mobility.end(),
        mobility.travelDays(),
        mobility.greenTravel(),
        mobility.fewerOpportunities(),
        mobility.courseDays(),
        mobility.status());
  }
}
