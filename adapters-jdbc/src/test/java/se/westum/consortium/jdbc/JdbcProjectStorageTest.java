package se.westum.consortium.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.westum.consortium.testing.GovernanceFixtures.boardMeeting;
import static se.westum.consortium.testing.MemberBuilder.organisationNumber;
import static se.westum.consortium.testing.ProjectFixtures.EPLUS;
import static se.westum.consortium.testing.ProjectFixtures.activity;
import static se.westum.consortium.testing.ProjectFixtures.erasmus;
import static se.westum.consortium.testing.ProjectFixtures.erasmusProject;
import static se.westum.consortium.testing.ProjectFixtures.eur;
import static se.westum.consortium.testing.ProjectFixtures.grant;
import static se.westum.consortium.testing.ProjectFixtures.group;
import static se.westum.consortium.testing.ProjectFixtures.indicator;
import static se.westum.consortium.testing.ProjectFixtures.learnerToHamburg;
import static se.westum.consortium.testing.ProjectFixtures.westum;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
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
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.mobility.CategoryGrant;
import se.westum.consortium.domain.mobility.Coordinates;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.mobility.MobilityStatus;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.mobility.Place;
import se.westum.consortium.domain.project.ActivityId;
import se.westum.consortium.domain.project.Audit;
import se.westum.consortium.domain.project.GroupId;
import se.westum.consortium.domain.project.GroupKind;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.Measurement;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProgrammeId;
import se.westum.consortium.domain.project.ProgrammeKind;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.ProjectStatus;
import se.westum.consortium.domain.project.WorkingGroup;
import se.westum.consortium.domain.shared.DomainException;
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
  void a_value_with_more_decimals_than_its_column_holds_is_refused_and_nothing_is_written() {
    // given
    Storage storage = withProject();
    Mobility fine = learnerToHamburg("A", LocalDate.of(2016, 3, 1), MobilityStatus.COMPLETED);
    Mobility tooFine =
        withSending(
            learnerToHamburg("B", LocalDate.of(2016, 3, 1), MobilityStatus.COMPLETED),
            coordinates("58.123456789", "13.8461"));
    Indicator tooSmall =
        new Indicator(
            indicator().id(),
            EPLUS,
            "Andel",
            "%",
            BigDecimal.ZERO,
            new BigDecimal("0.00001"),
            List.of());

    // when / then
    assertThatThrownBy(() -> storage.mobilities().saveAll(List.of(fine, tooFine)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("8 after");
    assertThatThrownBy(() -> storage.indicators().save(tooSmall))
        .isInstanceOf(ValidationException.class);
    assertThat(database.count("SELECT COUNT(*) FROM consortium_mobility")).isZero();
    assertThat(database.count("SELECT COUNT(*) FROM consortium_indicator")).isZero();
  }

  // ---- references

  @Test
  void a_mobility_batch_naming_an_unknown_project_is_refused_and_writes_nothing() {
    // given
    Storage storage = withProject();
    // the unknown project comes after the first chunk of 1000
    List<Mobility> mobilities = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      mobilities.add(learnerToHamburg("M" + i, LocalDate.of(2016, 3, 1), MobilityStatus.COMPLETED));
    }
    Mobility stray = learnerToHamburg("STRAY", LocalDate.of(2016, 3, 1), MobilityStatus.PLANNED);
    mobilities.add(withProject(stray, new ProjectId("NONE")));

    // when / then
    assertThatThrownBy(
            () ->
                storage
                    .transactions()
                    .inTransaction(
                        () -> {
                          storage.mobilities().saveAll(mobilities);
                          return null;
                        }))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("NONE")
        .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("project-not-found"));
    assertThat(database.count("SELECT COUNT(*) FROM consortium_mobility")).isZero();
  }

  @Test
  void each_unknown_reference_is_named_by_its_kind_and_nothing_of_the_batch_is_written() {
    // given
    Storage storage = withProject();
    storage.partners().save(westum());
    Project stray =
        new Project(
            new ProjectId("ESF-2017"),
            "ESF",
            new ProgrammeId("ESF"),
            erasmusProject().period(),
            "Westum",
            ProjectStatus.DRAFT_APPLICATION,
            Optional.empty(),
            Optional.empty(),
            List.of());
    MainActivity unknownPartner =
        new MainActivity(new ActivityId("EPLUS-A2"), EPLUS, "Spridning", new PartnerId("NONE"));

    // when
    List<String> codes = new ArrayList<>();
    for (Runnable refused :
        List.<Runnable>of(
            () -> storage.projects().saveAll(List.of(erasmusProject(), stray)),
            () -> storage.activities().saveAll(List.of(activity(), unknownPartner)),
            () -> storage.workingGroups().save(group(new MeetingId("NONE"))))) {
      try {
        refused.run();
      } catch (NotFoundException e) {
        codes.add(e.code());
      }
    }

    // then
    assertThat(codes)
        .containsExactly("programme-not-found", "partner-not-found", "meeting-not-found");
    assertThat(storage.projects().all()).containsExactly(erasmusProject());
    assertThat(storage.activities().ofProject(EPLUS)).isEmpty();
    assertThat(storage.workingGroups().ofProject(EPLUS)).isEmpty();
  }

  // ---- connections and ordering

  @Test
  void inside_a_transaction_every_project_port_uses_the_transactions_connection() {
    // given
    CountingDataSource counting = new CountingDataSource(database.dataSource());
    Storage storage = JdbcAdapter.create(counting);
    counting.reset();

    // when
    int mobilities =
        storage
            .transactions()
            .inTransaction(
                () -> {
                  storage.programmes().save(erasmus());
                  storage.projects().save(erasmusProject());
                  storage.partners().save(westum());
                  storage.meetings().save(boardMeeting("M1", LocalDate.of(2016, 5, 1)));
                  storage.workingGroups().save(group(new MeetingId("M1")));
                  storage.activities().save(activity());
                  storage.indicators().save(indicator());
                  storage.mobilityGrants().save(grant());
                  storage
                      .mobilities()
                      .save(
                          learnerToHamburg("A", LocalDate.of(2016, 3, 1), MobilityStatus.PLANNED));
                  storage.workingGroups().ofProject(EPLUS);
                  storage.mobilityGrants().all();
                  return storage.mobilities().ofProject(EPLUS).size();
                });

    // then
    assertThat(mobilities).isEqualTo(1);
    assertThat(counting.borrowed()).isEqualTo(1);
    assertThat(counting.open()).isZero();
  }

  @Test
  void mobilities_starting_on_one_day_are_ordered_by_id_as_the_core_orders_them() {
    // given
    Storage storage = withProject();
    List<String> ids = List.of("b", "B2", "a", "B-2", "B_2", "B", "A.1");
    LocalDate day = LocalDate.of(2016, 3, 1);

    // when
    storage
        .mobilities()
        .saveAll(
            ids.stream().map(id -> learnerToHamburg(id, day, MobilityStatus.PLANNED)).toList());

    // then
    assertThat(storage.mobilities().ofProject(EPLUS))
        .extracting(mobility -> mobility.id().value())
        .containsExactly("A.1", "B", "B-2", "B2", "B_2", "a", "b");
  }

  // ---- schema migration

  @Test
  void upgrading_a_governance_schema_adds_the_project_tables_and_keeps_the_data()
      throws SQLException {
    // given a database migrated by the previous release: V1 and V2, with a member and a meeting
    Schema.configuration(database.dataSource(), JdbcAdapter.HISTORY_TABLE)
        .target("2")
        .load()
        .migrate();
    database.execute(
        "INSERT INTO consortium_member"
            + " (organisation_number, name, kind, joined_on, left_on, version)"
            + " VALUES ('"
            + organisationNumber(1).value()
            + "', 'Skövde kommun', 'MUNICIPALITY', DATE '2010-01-01', NULL, 2)",
        "INSERT INTO consortium_member_municipality (organisation_number, municipality_code)"
            + " VALUES ('"
            + organisationNumber(1).value()
            + "', '1496')",
        "INSERT INTO consortium_meeting (meeting_id, kind, starts_on, ends_on, place)"
            + " VALUES ('KOBRA-M1', 'PROJECT_BOARD_MEETING', DATE '2016-05-01',"
            + " DATE '2016-05-01', 'Larvik')");
    assertThat(database.tableNames()).doesNotContain("consortium_project");

    // when
    Storage storage = JdbcAdapter.create(database.dataSource());

    // then
    assertThat(storage.members().find(organisationNumber(1)))
        .hasValueSatisfying(member -> assertThat(member.version()).isEqualTo(2));
    assertThat(storage.meetings().find(new MeetingId("KOBRA-M1"))).isPresent();
    storage.programmes().save(erasmus());
    storage.projects().save(erasmusProject());
    storage.workingGroups().save(group(new MeetingId("KOBRA-M1")));
    assertThat(storage.workingGroups().ofProject(EPLUS))
        .containsExactly(group(new MeetingId("KOBRA-M1")));
    assertThat(
            Schema.configuration(database.dataSource(), JdbcAdapter.HISTORY_TABLE)
                .load()
                .info()
                .applied())
        .extracting(info -> info.getVersion().getVersion())
        .containsExactly("1", "2", "3", "5");
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
        consortium -> consortium.mobilityBudget().consumption("EPLUS", LocalDate.of(2016, 12, 31));
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
        .recordProjects()
        .recordProgramme(
            new RecordProgrammeCommand(
                "ERASMUS-KA1", "Erasmus+ KA1", ProgrammeKind.ERASMUS_PLUS_KA1));
    consortium
        .recordProjects()
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
        .recordMobilities()
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
    consortium.recordMobilities().recordMobility(toHamburg("M1", MobilityStatus.COMPLETED));
    consortium.recordMobilities().recordMobility(toHamburg("M2", MobilityStatus.PLANNED));
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
        organisationNumber(1).value(),
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
        audits);
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
