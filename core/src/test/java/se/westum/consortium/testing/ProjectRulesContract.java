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
package se.westum.consortium.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.westum.consortium.testing.ProjectFixtures.EPLUS;
import static se.westum.consortium.testing.ProjectFixtures.activity;
import static se.westum.consortium.testing.ProjectFixtures.erasmus;
import static se.westum.consortium.testing.ProjectFixtures.erasmusProject;
import static se.westum.consortium.testing.ProjectFixtures.grant;
import static se.westum.consortium.testing.ProjectFixtures.group;
import static se.westum.consortium.testing.ProjectFixtures.indicator;
import static se.westum.consortium.testing.ProjectFixtures.learnerToHamburg;
import static se.westum.consortium.testing.ProjectFixtures.westum;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.in.RecordActivityCommand;
import se.westum.consortium.application.port.in.RecordIndicatorCommand;
import se.westum.consortium.application.port.in.RecordMobilityCommand;
import se.westum.consortium.application.port.in.RecordMobilityGrantCommand;
import se.westum.consortium.application.port.in.RecordPartnerCommand;
import se.westum.consortium.application.port.in.RecordProjectCommand;
import se.westum.consortium.application.port.in.RecordWorkingGroupCommand;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.PersonName;
import se.westum.consortium.domain.governance.StaffId;
import se.westum.consortium.domain.governance.StaffMember;
import se.westum.consortium.domain.mobility.CategoryGrant;
import se.westum.consortium.domain.mobility.Coordinates;
import se.westum.consortium.domain.mobility.GrantCalculation;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.mobility.MobilityStatus;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.mobility.Place;
import se.westum.consortium.domain.mobility.UnitCosts;
import se.westum.consortium.domain.project.ActivityId;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProgrammeId;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.WorkingGroup;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.RecordsRefusedException;
import se.westum.consortium.domain.shared.RefusedRecord;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * The project and mobility rules across records, written once and run by every storage: for each
 * rule, a record that breaks it is refused by its record use case and by {@code importProjects}
 * with the same code and field, and the refused import writes nothing. An implementation extends
 * this class and returns a fresh, empty storage.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class ProjectRulesContract {

  private static final String MISSING = MissingReferenceException.CODE;
  private static final ProjectId KOBRA = new ProjectId("KOBRA");

  /** A storage with no records, fresh for each test. */
  protected abstract Storage emptyStorage();

  /** The programme and the Erasmus+ project. */
  private static ProjectLists aProject() {
    return ProjectLists.none().with(erasmus()).with(erasmusProject());
  }

  /** The project with a learner-only grant. */
  private static ProjectLists aLearnerGrant() {
    MobilityGrant learners =
        new MobilityGrant(
            EPLUS,
            Year.of(2015),
            List.of(grant().category(ParticipantCategory.LEARNER).orElseThrow()),
            MobilityGrant.DEFAULT_TARGET);
    return aProject().with(learners);
  }

  @Test
  void a_project_of_a_programme_not_stored_is_refused_at_its_programme() {
    Project project = withProgramme(erasmusProject(), new ProgrammeId("NOPE"));
    refusedAlike(ProjectLists.none(), project, MISSING, "programme");
  }

  @Test
  void a_project_linked_to_a_goal_not_stored_is_refused_at_its_goals() {
    Project project = withGoals(erasmusProject(), new GoalId("2016-IX"));
    refusedAlike(ProjectLists.none().with(erasmus()), project, MISSING, "goals");
  }

  @Test
  void a_project_linked_to_stored_goals_keeps_them_in_order_by_either_door() {
    // given
    Storage storage = emptyStorage();
    GoalId first = new GoalId("2016-I");
    GoalId third = new GoalId("2016-III");
    storage.goals().save(new Goal(first, Year.of(2016), "I", "Strategisk kompetensförsörjning"));
    storage.goals().save(new Goal(third, Year.of(2016), "III", "Internationell samverkan"));
    Consortium consortium = Consortium.builder().storage(storage).build();

    // when
    consortium
        .projects()
        .importDataset(
            ProjectLists.none()
                .with(erasmus())
                .with(withGoals(erasmusProject(), third, first, third)));
    List<GoalId> imported = storage.projects().find(EPLUS).orElseThrow().goals();
    record(consortium, withGoals(erasmusProject(), first));
    List<GoalId> recorded = storage.projects().find(EPLUS).orElseThrow().goals();

    // then
    assertThat(imported).containsExactly(third, first);
    assertThat(recorded).containsExactly(first);
  }

  @Test
  void a_partner_of_a_project_not_stored_is_refused_at_its_project() {
    refusedAlike(aProject(), partnerOf(westum(), KOBRA), MISSING, "project");
  }

  @Test
  void a_partner_that_is_a_member_not_stored_is_refused_at_its_member() {
    OrganisationNumber member = OrganisationNumber.parse("212000-1660");
    Partner partner =
        new Partner(
            new PartnerId("EPLUS-SKOVDE"),
            EPLUS,
            "Skövde kommun",
            new se.westum.consortium.domain.shared.NationalId("SE", member.value()),
            se.westum.consortium.domain.project.PartnerRole.PARTNER,
            Optional.of(member),
            false);
    refusedAlike(aProject(), partner, MISSING, "member");
  }

  @Test
  void a_working_group_naming_a_meeting_not_stored_is_refused_at_its_meetings() {
    refusedAlike(aProject(), group(new MeetingId("M-NONE")), MISSING, "meetings");
  }

  @Test
  void an_activity_led_by_a_partner_not_stored_is_refused_at_its_responsible() {
    refusedAlike(aProject(), activity(), MISSING, "responsible");
  }

  @Test
  void an_activity_led_by_a_partner_of_another_project_is_refused_at_its_responsible() {
    // the partner exists, but belongs to KOBRA
    Project kobra =
        new Project(
            KOBRA,
            "Kobra",
            erasmus().id(),
            erasmusProject().period(),
            "Westum",
            erasmusProject().status(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of());
    Partner kobrasPartner = partnerOf(westum(), KOBRA);
    MainActivity activity =
        new MainActivity(new ActivityId("EPLUS-A1"), EPLUS, "Mobiliteter", kobrasPartner.id());
    refusedAlike(aProject().with(kobra).with(kobrasPartner), activity, MISSING, "responsible");
  }

  @Test
  void an_indicator_of_a_project_not_stored_is_refused_at_its_project() {
    Indicator indicator = indicator();
    Indicator elsewhere =
        new Indicator(
            indicator.id(),
            KOBRA,
            indicator.name(),
            indicator.unit(),
            indicator.baseline(),
            indicator.target(),
            indicator.measurements());
    refusedAlike(aProject(), elsewhere, MISSING, "project");
  }

  @Test
  void a_mobility_grant_of_a_project_not_stored_is_refused_at_its_project() {
    MobilityGrant grant = grant();
    MobilityGrant elsewhere =
        new MobilityGrant(KOBRA, grant.callYear(), grant.categories(), grant.target());
    refusedAlike(aProject(), elsewhere, MISSING, "project");
  }

  @Test
  void a_mobility_grant_of_a_call_year_without_unit_costs_is_refused_at_its_call_year() {
    MobilityGrant grant = grant();
    MobilityGrant of2010 =
        new MobilityGrant(EPLUS, Year.of(2010), grant.categories(), grant.target());
    refusedAlike(aProject(), of2010, UnitCosts.UNKNOWN_CALL_YEAR, "callYear");
  }

  @Test
  void a_mobility_of_a_project_not_stored_is_refused_at_its_project() {
    Mobility mobility = noMember(learnerToHamburg("M-1", LocalDate.of(2016, 3, 1), COMPLETED));
    refusedAlike(ProjectLists.none().with(erasmus()), mobility, MISSING, "project");
  }

  @Test
  void a_mobility_of_a_project_without_a_grant_is_refused_at_its_project() {
    Mobility mobility = noMember(learnerToHamburg("M-1", LocalDate.of(2016, 3, 1), COMPLETED));
    refusedAlike(aProject(), mobility, MISSING, "project");
  }

  @Test
  void a_mobility_of_a_category_its_grant_has_no_places_for_is_refused() {
    Mobility learner = noMember(learnerToHamburg("M-1", LocalDate.of(2016, 3, 1), COMPLETED));
    Mobility staff = withCategory(learner, ParticipantCategory.STAFF);
    refusedAlike(aLearnerGrant(), staff, GrantCalculation.NO_CATEGORY_GRANT, "");
  }

  @Test
  void a_mobility_to_a_country_without_a_daily_rate_is_refused() {
    Mobility learner = noMember(learnerToHamburg("M-1", LocalDate.of(2016, 3, 1), COMPLETED));
    Mobility toNewYork =
        withReceiving(
            learner, new Place("School", "New York", "US", Coordinates.parse("40.7,-74")));
    refusedAlike(aLearnerGrant(), toNewYork, GrantCalculation.NO_DAILY_RATE, "");
  }

  @Test
  void a_mobility_sent_by_a_member_not_stored_is_refused_at_its_sending_member() {
    Mobility mobility = learnerToHamburg("M-1", LocalDate.of(2016, 3, 1), COMPLETED);
    refusedAlike(aLearnerGrant(), mobility, MISSING, "sendingMember");
  }

  @Test
  void a_staff_member_of_a_project_not_stored_is_refused_by_the_import_at_its_projects() {
    // given (the record use case, recordStaffMember, is governance's and runs the same StaffCheck)
    Storage storage = emptyStorage();
    Consortium consortium = Consortium.builder().storage(storage).build();
    StaffMember coordinator = staffOf("EPLUS-2015", "NOPE");

    // when
    RecordsRefusedException refused =
        catchThrowableOfType(
            RecordsRefusedException.class,
            () -> consortium.projects().importDataset(aProject().with(coordinator)));

    // then
    assertThat(refused).isNotNull();
    assertThat(refused.refused())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo("staff");
              assertThat(r.code()).isEqualTo(MISSING);
              assertThat(r.field()).isEqualTo("projects");
              assertThat(r.message()).contains("NOPE");
            });
    assertThat(storage.projects().all()).isEmpty();
    assertThat(storage.staff().all()).isEmpty();
  }

  @Test
  void importing_a_dataset_twice_changes_nothing_the_second_time() {
    // given
    Storage storage = emptyStorage();
    Consortium consortium = Consortium.builder().storage(storage).build();
    ProjectLists dataset =
        aProject()
            .with(westum())
            .with(group())
            .with(activity())
            .with(indicator())
            .with(grant())
            .with(noMember(learnerToHamburg("M-1", LocalDate.of(2016, 3, 1), COMPLETED)))
            .with(noMember(learnerToHamburg("M-2", LocalDate.of(2016, 9, 1), PLANNED)))
            .with(staffOf("EPLUS-2015"));
    ImportSummary first = consortium.projects().importDataset(dataset);

    // when
    ImportSummary second = consortium.projects().importDataset(dataset);

    // then
    assertThat(first.of("mobility").added()).isEqualTo(2);
    assertThat(first.of("staff").added()).isEqualTo(1);
    assertThat(second.unchanged()).as(second.toString()).isTrue();
    assertThat(second.kinds()).allSatisfy(k -> assertThat(k.unchanged()).isEqualTo(k.read()));
    assertThat(second.read()).isEqualTo(first.read()).isEqualTo(10);
    assertThat(storage.mobilities().ofProject(EPLUS))
        .containsExactlyElementsOf(dataset.mobilityList());
  }

  @Test
  void an_import_changing_one_record_says_so_and_leaves_the_others_unchanged() {
    // given
    Storage storage = emptyStorage();
    Consortium consortium = Consortium.builder().storage(storage).build();
    Mobility planned = noMember(learnerToHamburg("M-1", LocalDate.of(2016, 3, 1), PLANNED));
    consortium.projects().importDataset(aLearnerGrant().with(planned));
    Mobility completed = noMember(learnerToHamburg("M-1", LocalDate.of(2016, 3, 1), COMPLETED));

    // when
    ImportSummary summary = consortium.projects().importDataset(aLearnerGrant().with(completed));

    // then
    assertThat(summary.of("mobility")).isEqualTo(new ImportSummary.Kind("mobility", 0, 1, 0));
    assertThat(summary.of("project")).isEqualTo(new ImportSummary.Kind("project", 0, 0, 1));
    assertThat(storage.mobilities().find(completed.id())).contains(completed);
  }

  // ---- the check

  private static final MobilityStatus COMPLETED = MobilityStatus.COMPLETED;
  private static final MobilityStatus PLANNED = MobilityStatus.PLANNED;

  /**
   * The import of {@code given} with {@code bad} is refused with the rule's code and field and
   * writes nothing; then, with {@code given} stored, the record use case refuses {@code bad} with
   * the same code and field.
   */
  private void refusedAlike(ProjectLists given, Object bad, String code, String field) {
    // given
    Storage storage = emptyStorage();
    Consortium consortium = Consortium.builder().storage(storage).build();

    // when
    RecordsRefusedException byImport =
        catchThrowableOfType(
            RecordsRefusedException.class,
            () -> consortium.projects().importDataset(given.with(bad)));
    boolean nothingWritten =
        storage.programmes().all().isEmpty() && storage.projects().all().isEmpty();
    consortium.projects().importDataset(given);
    DomainException byRecord =
        catchThrowableOfType(DomainException.class, () -> record(consortium, bad));

    // then
    assertThat(byImport).as("refused by the import").isNotNull();
    assertThat(nothingWritten).as("the refused import wrote nothing").isTrue();
    RefusedRecord refused = byImport.refused().get(0);
    assertThat(byImport.refused()).as("refusals").hasSize(1);
    assertThat(refused.code()).as("the import's code").isEqualTo(code);
    assertThat(refused.field()).as("the import's field").isEqualTo(field);
    assertThat(byRecord).as("refused by the record use case").isNotNull();
    assertThat(codeOf(byRecord)).as("the record use case's code").isEqualTo(code);
    assertThat(fieldOf(byRecord)).as("the record use case's field").isEqualTo(field);
    assertThat(refused.message()).as("the same message").isEqualTo(messageOf(byRecord));
  }

  private static String codeOf(DomainException e) {
    return e instanceof ValidationException v ? v.errors().get(0).code() : e.code();
  }

  private static String fieldOf(DomainException e) {
    if (e instanceof ValidationException v) {
      return v.errors().get(0).field();
    }
    return e instanceof MissingReferenceException m ? m.field() : "";
  }

  private static String messageOf(DomainException e) {
    return e instanceof ValidationException v ? v.errors().get(0).message() : e.getMessage();
  }

  /** Records {@code record} through its record use case. */
  private static void record(Consortium consortium, Object record) {
    var projects = consortium.projects();
    var mobility = consortium.mobility();
    if (record instanceof Project p) {
      projects.recordProject(
          new RecordProjectCommand(
              p.id().value(),
              p.name(),
              p.programme().value(),
              p.period().start(),
              p.period().end(),
              p.coordinator(),
              p.status(),
              p.applicationDeadline().orElse(null),
              p.finalReportDeadline().orElse(null),
              p.audits().stream()
                  .map(
                      a ->
                          new RecordProjectCommand.AuditEntry(a.date(), a.authority(), a.outcome()))
                  .toList(),
              p.goals().stream().map(GoalId::value).toList()));
    } else if (record instanceof Partner p) {
      projects.recordPartner(
          new RecordPartnerCommand(
              p.id().value(),
              p.project().value(),
              p.organisation(),
              p.country(),
              p.nationalId().value(),
              p.role(),
              p.member().map(OrganisationNumber::value).orElse(null),
              p.prospective()));
    } else if (record instanceof WorkingGroup g) {
      projects.recordWorkingGroup(
          new RecordWorkingGroupCommand(
              g.id().value(),
              g.project().value(),
              g.name(),
              g.kind(),
              g.organisations(),
              g.meetings().stream().map(MeetingId::value).toList()));
    } else if (record instanceof MainActivity a) {
      projects.recordActivity(
          new RecordActivityCommand(
              a.id().value(), a.project().value(), a.name(), a.responsible().value()));
    } else if (record instanceof Indicator i) {
      projects.recordIndicator(
          new RecordIndicatorCommand(
              i.id().value(),
              i.project().value(),
              i.name(),
              i.unit(),
              i.baseline(),
              i.target(),
              i.measurements().stream()
                  .map(m -> new RecordIndicatorCommand.MeasurementEntry(m.date(), m.value()))
                  .toList()));
    } else if (record instanceof MobilityGrant g) {
      mobility.recordGrant(
          new RecordMobilityGrantCommand(
              g.project().value(),
              g.callYear().getValue(),
              g.categories().stream().map(ProjectRulesContract::category).toList(),
              g.target().value()));
    } else if (record instanceof Mobility m) {
      mobility.record(
          new RecordMobilityCommand(
              m.id().value(),
              m.project().value(),
              m.participant().value(),
              m.category(),
              m.sending().organisation(),
              m.sending().city(),
              m.sending().country(),
              m.sending().coordinates().toString(),
              m.sendingMember().map(OrganisationNumber::value).orElse(null),
              m.receiving().organisation(),
              m.receiving().city(),
              m.receiving().country(),
              m.receiving().coordinates().toString(),
              m.start(),
              m.end(),
              m.travelDays(),
              m.greenTravel(),
              m.fewerOpportunities(),
              m.courseDays(),
              m.status()));
    } else {
      throw new IllegalArgumentException("no record use case here for " + record.getClass());
    }
  }

  private static RecordMobilityGrantCommand.Category category(CategoryGrant c) {
    return new RecordMobilityGrantCommand.Category(
        c.category(),
        c.places(),
        c.budget().amount(),
        List.of(1, 2, 3).stream().map(g -> c.dailyRates().get(g).amount()).toList());
  }

  // ---- records

  private static Project withProgramme(Project p, ProgrammeId programme) {
    return new Project(
        p.id(),
        p.name(),
        programme,
        p.period(),
        p.coordinator(),
        p.status(),
        p.applicationDeadline(),
        p.finalReportDeadline(),
        p.audits(),
        p.goals());
  }

  private static Project withGoals(Project p, GoalId... goals) {
    return new Project(
        p.id(),
        p.name(),
        p.programme(),
        p.period(),
        p.coordinator(),
        p.status(),
        p.applicationDeadline(),
        p.finalReportDeadline(),
        p.audits(),
        List.of(goals));
  }

  private static Partner partnerOf(Partner p, ProjectId project) {
    return new Partner(
        new PartnerId(project.value() + "-WESTUM"),
        project,
        p.organisation(),
        p.nationalId(),
        p.role(),
        p.member(),
        p.prospective());
  }

  private static Mobility noMember(Mobility m) {
    return new Mobility(
        m.id(),
        m.project(),
        m.participant(),
        m.category(),
        m.sending(),
        Optional.empty(),
        m.receiving(),
        m.start(),
        m.end(),
        m.travelDays(),
        m.greenTravel(),
        m.fewerOpportunities(),
        m.courseDays(),
        m.status());
  }

  private static Mobility withCategory(Mobility m, ParticipantCategory category) {
    return new Mobility(
        m.id(),
        m.project(),
        m.participant(),
        category,
        m.sending(),
        m.sendingMember(),
        m.receiving(),
        m.start(),
        m.end(),
        m.travelDays(),
        m.greenTravel(),
        m.fewerOpportunities(),
        m.courseDays(),
        m.status());
  }

  private static Mobility withReceiving(Mobility m, Place receiving) {
    return new Mobility(
        m.id(),
        m.project(),
        m.participant(),
        m.category(),
        m.sending(),
        m.sendingMember(),
        receiving,
        m.start(),
        m.end(),
        m.travelDays(),
        m.greenTravel(),
        m.fewerOpportunities(),
        m.courseDays(),
        m.status());
  }

  private static StaffMember staffOf(String... projects) {
    return new StaffMember(
        new StaffId("S-1"),
        new PersonName("Anna Andersson"),
        "projektkoordinator",
        LocalDate.of(2016, 1, 1),
        Optional.empty(),
        new TreeSet<>(List.of(projects)));
  }
}
