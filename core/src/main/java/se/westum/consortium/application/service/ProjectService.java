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

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.BudgetConsumption;
import se.westum.consortium.application.port.in.ChangeProjectStatusCommand;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.in.Mobilities;
import se.westum.consortium.application.port.in.ProjectDataset;
import se.westum.consortium.application.port.in.Projects;
import se.westum.consortium.application.port.in.RecordActivityCommand;
import se.westum.consortium.application.port.in.RecordIndicatorCommand;
import se.westum.consortium.application.port.in.RecordMobilityCommand;
import se.westum.consortium.application.port.in.RecordMobilityGrantCommand;
import se.westum.consortium.application.port.in.RecordPartnerCommand;
import se.westum.consortium.application.port.in.RecordProgrammeCommand;
import se.westum.consortium.application.port.in.RecordProjectCommand;
import se.westum.consortium.application.port.in.RecordWorkingGroupCommand;
import se.westum.consortium.application.port.in.TravelGrantQuery;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.port.out.Transactions;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.StaffMember;
import se.westum.consortium.domain.mobility.CategoryGrant;
import se.westum.consortium.domain.mobility.Coordinates;
import se.westum.consortium.domain.mobility.GrantCalculation;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.mobility.ParticipantRef;
import se.westum.consortium.domain.mobility.Place;
import se.westum.consortium.domain.mobility.TravelGrant;
import se.westum.consortium.domain.mobility.UnitCosts;
import se.westum.consortium.domain.mobility.internal.ConsumptionCount;
import se.westum.consortium.domain.project.ActivityId;
import se.westum.consortium.domain.project.Audit;
import se.westum.consortium.domain.project.FundingProgramme;
import se.westum.consortium.domain.project.GroupId;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.Measurement;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProgrammeId;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.ProjectStatus;
import se.westum.consortium.domain.project.WorkingGroup;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.NationalId;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.OrganisationNumber;

/** The project and mobility use cases over the storage ports. */
final class ProjectService implements Projects, Mobilities {

  private final Storage storage;
  private final Transactions transactions;
  private final CommandValidator validator;
  private final Writes writes;
  private final UnitCosts costs = UnitCosts.bundled();
  private final ConsumptionCount consumption = new ConsumptionCount(costs);
  private final KeptBudgets kept = new KeptBudgets();

  ProjectService(Storage storage, CommandValidator validator, Writes writes) {
    this.storage = storage;
    this.transactions = storage.transactions();
    this.validator = validator;
    this.writes = writes;
  }

  @Override
  public FundingProgramme recordProgramme(RecordProgrammeCommand command) {
    validator.validate(command);
    FundingProgramme programme =
        new FundingProgramme(new ProgrammeId(command.id()), command.name(), command.kind());
    return recorded(
        "programme",
        programme.id().value(),
        () -> storage.programmes().find(programme.id()),
        programme,
        this::checkProgramme,
        storage.programmes()::save);
  }

  @Override
  public Project recordProject(RecordProjectCommand command) {
    validator.validate(command);
    ProjectId id = new ProjectId(command.id());
    return writes.record(
        "project",
        id.value(),
        () -> storage.projects().find(id),
        () -> {
          ProjectStatus status =
              storage
                  .projects()
                  .find(id)
                  .map(Project::status)
                  .orElse(
                      Optional.ofNullable(command.status())
                          .orElse(ProjectStatus.DRAFT_APPLICATION));
          Project project =
              new Project(
                  id,
                  command.name(),
                  new ProgrammeId(command.programme()),
                  new DateRange(command.start(), command.end()),
                  command.coordinator(),
                  status,
                  Optional.ofNullable(command.applicationDeadline()),
                  Optional.ofNullable(command.finalReportDeadline()),
                  Optional.ofNullable(command.audits()).orElse(List.of()).stream()
                      .map(a -> new Audit(a.date(), a.authority(), a.outcome()))
                      .toList(),
                  Optional.ofNullable(command.goals()).orElse(List.of()).stream()
                      .map(GoalId::new)
                      .toList());
          checkProject(project, new ProjectReferences(storage));
          storage.projects().save(project);
          return project;
        });
  }

  @Override
  public Project changeStatus(ChangeProjectStatusCommand command) {
    validator.validate(command);
    return transactions.inTransaction(
        () -> {
          Project moved = storedProject(new ProjectId(command.project())).movedTo(command.status());
          storage.projects().save(moved);
          return moved;
        });
  }

  @Override
  public Partner recordPartner(RecordPartnerCommand command) {
    validator.validate(command);
    Partner partner =
        new Partner(
            new PartnerId(command.id()),
            new ProjectId(command.project()),
            command.organisation(),
            new NationalId(command.country(), command.nationalId()),
            command.role(),
            Optional.ofNullable(command.member()).map(OrganisationNumber::parse),
            command.prospective());
    return recorded(
        "partner",
        partner.id().value(),
        () -> storage.partners().find(partner.id()),
        partner,
        this::checkPartner,
        storage.partners()::save);
  }

  @Override
  public WorkingGroup recordWorkingGroup(RecordWorkingGroupCommand command) {
    validator.validate(command);
    WorkingGroup group =
        new WorkingGroup(
            new GroupId(command.id()),
            new ProjectId(command.project()),
            command.name(),
            command.kind(),
            command.organisations(),
            command.meetings().stream().map(MeetingId::new).toList());
    return recorded(
        "working-group",
        group.id().value(),
        () -> storage.workingGroups().find(group.id()),
        group,
        this::checkWorkingGroup,
        storage.workingGroups()::save);
  }

  @Override
  public MainActivity recordActivity(RecordActivityCommand command) {
    validator.validate(command);
    MainActivity activity =
        new MainActivity(
            new ActivityId(command.id()),
            new ProjectId(command.project()),
            command.name(),
            new PartnerId(command.responsible()));
    return recorded(
        "activity",
        activity.id().value(),
        () -> storage.activities().find(activity.id()),
        activity,
        this::checkActivity,
        storage.activities()::save);
  }

  @Override
  public Indicator recordIndicator(RecordIndicatorCommand command) {
    validator.validate(command);
    Indicator indicator =
        new Indicator(
            new IndicatorId(command.id()),
            new ProjectId(command.project()),
            command.name(),
            command.unit(),
            command.baseline(),
            command.target(),
            command.measurements().stream()
                .map(m -> new Measurement(m.date(), m.value()))
                .toList());
    return recorded(
        "indicator",
        indicator.id().value(),
        () -> storage.indicators().find(indicator.id()),
        indicator,
        this::checkIndicator,
        storage.indicators()::save);
  }

  @Override
  public MobilityGrant recordGrant(RecordMobilityGrantCommand command) {
    validator.validate(command);
    MobilityGrant grant =
        new MobilityGrant(
            new ProjectId(command.project()),
            Year.of(command.callYear()),
            command.categories().stream()
                .map(
                    c -> {
                      Map<Integer, Money> rates = new HashMap<>();
                      for (int group = 1; group <= 3; group++) {
                        rates.put(
                            group,
                            CategoryGrant.eur("dailyRates", c.dailyRatesEur().get(group - 1)));
                      }
                      return new CategoryGrant(
                          c.category(),
                          c.places(),
                          CategoryGrant.eur("budget", c.budgetEur()),
                          rates);
                    })
                .toList(),
            Optional.ofNullable(command.targetPercent())
                .map(MobilityGrant::target)
                .orElse(MobilityGrant.DEFAULT_TARGET));
    return recorded(
        "mobility-grant",
        grant.project().value(),
        () -> storage.mobilityGrants().find(grant.project()),
        grant,
        this::checkGrant,
        storage.mobilityGrants()::save);
  }

  @Override
  public Mobility record(RecordMobilityCommand command) {
    validator.validate(command);
    Mobility mobility =
        new Mobility(
            new MobilityId(command.id()),
            new ProjectId(command.project()),
            new ParticipantRef(command.participant()),
            command.category(),
            new Place(
                command.sendingOrganisation(),
                command.sendingCity(),
                command.sendingCountry(),
                Coordinates.parse(command.sendingCoordinates())),
            Optional.ofNullable(command.sendingMember()).map(OrganisationNumber::parse),
            new Place(
                command.receivingOrganisation(),
                command.receivingCity(),
                command.receivingCountry(),
                Coordinates.parse(command.receivingCoordinates())),
            command.start(),
            command.end(),
            command.travelDays(),
            command.greenTravel(),
            command.fewerOpportunities(),
            command.courseDays(),
            command.status());
    return recorded(
        "mobility",
        mobility.id().value(),
        () -> storage.mobilities().find(mobility.id()),
        mobility,
        this::checkMobility,
        storage.mobilities()::save);
  }

  // The rules across records, one method per record kind, run by the record use case and by the
  // import alike. Each throws the rule's DomainException; a record's own invariants are its
  // constructor's.

  /** A programme refers to nothing. */
  private void checkProgramme(FundingProgramme programme, ProjectReferences refs) {
    // no rule across records
  }

  /** A project's programme is stored, and so is every goal it is linked to. */
  private void checkProject(Project project, ProjectReferences refs) {
    if (storage.programmes().find(project.programme()).isEmpty()) {
      throw new MissingReferenceException("programme", "programme", project.programme().value());
    }
    project.goals().forEach(goal -> refs.requireGoal("goals", goal));
  }

  /** A partner's project is stored, and so is the member it says it is. */
  private void checkPartner(Partner partner, ProjectReferences refs) {
    refs.requireProject("project", partner.project());
    partner.member().ifPresent(member -> refs.requireMember("member", member));
  }

  /** A group's project and every meeting it names are stored. */
  private void checkWorkingGroup(WorkingGroup group, ProjectReferences refs) {
    refs.requireProject("project", group.project());
    group.meetings().forEach(meeting -> refs.requireMeeting("meetings", meeting));
  }

  /** An activity's project is stored, and its responsible partner is a partner of that project. */
  private void checkActivity(MainActivity activity, ProjectReferences refs) {
    refs.requireProject("project", activity.project());
    refs.partner(activity.responsible())
        .filter(partner -> partner.project().equals(activity.project()))
        .orElseThrow(
            () ->
                new MissingReferenceException(
                    "responsible",
                    "partner",
                    activity.responsible().value(),
                    "in project " + activity.project().value()));
  }

  /** An indicator's project is stored. */
  private void checkIndicator(Indicator indicator, ProjectReferences refs) {
    refs.requireProject("project", indicator.project());
  }

  /** A grant's project is stored, and a unit-cost table covers its call year. */
  private void checkGrant(MobilityGrant grant, ProjectReferences refs) {
    refs.requireProject("project", grant.project());
    costs.generation(grant.callYear());
  }

  /**
   * A mobility's project is stored and has a mobility grant under which the mobility's grant can be
   * calculated, and its sending member is stored.
   */
  private void checkMobility(Mobility mobility, ProjectReferences refs) {
    refs.requireProject("project", mobility.project());
    MobilityGrant grant =
        refs.grant(mobility.project())
            .orElseThrow(
                () ->
                    new MissingReferenceException(
                        "project", "mobility-grant", mobility.project().value()));
    GrantCalculation.of(costs, grant, mobility);
    mobility.sendingMember().ifPresent(member -> refs.requireMember("sendingMember", member));
  }

  /** Every project a staff member names is stored (see {@link StaffCheck}). */
  private void checkStaff(StaffMember member, ProjectReferences refs) {
    StaffCheck.check(member, refs::hasProject);
  }

  @Override
  public List<FundingProgramme> programmes() {
    return storage.programmes().all();
  }

  @Override
  public List<Project> all() {
    return storage.projects().all();
  }

  @Override
  public List<Project> runningIn(int year) {
    Year y = Year.of(year);
    DateRange range = new DateRange(y.atDay(1), y.atMonth(12).atEndOfMonth());
    return storage.projects().all().stream().filter(p -> p.activeDuring(range)).toList();
  }

  @Override
  public Optional<Project> project(ProjectId project) {
    return storage.projects().find(Objects.requireNonNull(project, "project"));
  }

  @Override
  public List<Partner> partners(ProjectId project) {
    return storage.partners().ofProject(Objects.requireNonNull(project, "project"));
  }

  @Override
  public List<WorkingGroup> workingGroups(ProjectId project) {
    return storage.workingGroups().ofProject(Objects.requireNonNull(project, "project"));
  }

  @Override
  public List<MainActivity> activities(ProjectId project) {
    return storage.activities().ofProject(Objects.requireNonNull(project, "project"));
  }

  @Override
  public List<Indicator> indicators(ProjectId project) {
    return storage.indicators().ofProject(Objects.requireNonNull(project, "project"));
  }

  @Override
  public Optional<MobilityGrant> grant(ProjectId project) {
    return storage.mobilityGrants().find(Objects.requireNonNull(project, "project"));
  }

  @Override
  public List<Mobility> mobilities(ProjectId project) {
    return storage.mobilities().ofProject(Objects.requireNonNull(project, "project"));
  }

  @Override
  public Optional<Mobility> mobility(MobilityId id) {
    return storage.mobilities().find(Objects.requireNonNull(id, "id"));
  }

  @Override
  public TravelGrant travelGrant(TravelGrantQuery query) {
    validator.validate(query);
    return TravelGrant.of(
        costs,
        Year.of(query.callYear()),
        Coordinates.parse(query.from()),
        Coordinates.parse(query.to()),
        query.green());
  }

  @Override
  public GrantCalculation grantOf(MobilityId id) {
    Objects.requireNonNull(id, "mobility");
    Mobility mobility =
        storage
            .mobilities()
            .find(id)
            .orElseThrow(() -> new NotFoundException("mobility", id.value()));
    return GrantCalculation.of(costs, storedGrant(mobility.project()), mobility);
  }

  @Override
  public BudgetConsumption budget(ProjectId project, LocalDate at) {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(at, "at");
    // a kept budget costs one indexed read and no transaction
    Optional<BudgetConsumption> known = keptAtStoredRevision(project, at);
    if (known.isPresent()) {
      return known.get();
    }
    return transactions.inTransaction(
        () -> {
          // read first: the mobilities read after it are at least as new as the revision says,
          // so a budget is never kept under a revision newer than its data
          OptionalLong revision = storage.mobilityGrants().revision(project);
          MobilityGrant grant = storedGrant(project);
          // a fold over groups of alike mobilities, grouped where they are stored: memory does
          // not grow with their number, and a database sends one row per group
          ConsumptionCount.Tally tally = consumption.tally(grant, at);
          storage.mobilities().forEachAlikeOfProject(project, tally);
          BudgetConsumption budget = new BudgetConsumption(grant, at, tally.result());
          revision.ifPresent(r -> kept.keep(r, budget));
          return budget;
        });
  }

  @Override
  public ImportSummary importDataset(ProjectDataset dataset) {
    return ImportRun.run(
        transactions,
        dataset,
        run -> {
          ProjectReferences refs = new ProjectReferences(storage);
          run.kind(
              "programme",
              dataset.programmes(),
              p -> p.id().value(),
              p -> checkProgramme(p, refs),
              storage.programmes()::saveAll);
          run.kind(
              "project",
              dataset.projects(),
              p -> p.id().value(),
              p -> checkProject(p, refs),
              storage.projects()::saveAll);
          run.kind(
              "partner",
              dataset.partners(),
              p -> p.id().value(),
              p -> checkPartner(p, refs),
              storage.partners()::saveAll);
          run.kind(
              "working-group",
              dataset.workingGroups(),
              g -> g.id().value(),
              g -> checkWorkingGroup(g, refs),
              storage.workingGroups()::saveAll);
          run.kind(
              "activity",
              dataset.activities(),
              a -> a.id().value(),
              a -> checkActivity(a, refs),
              storage.activities()::saveAll);
          run.kind(
              "indicator",
              dataset.indicators(),
              i -> i.id().value(),
              i -> checkIndicator(i, refs),
              storage.indicators()::saveAll);
          run.kind(
              "mobility-grant",
              dataset.mobilityGrants(),
              g -> g.project().value(),
              g -> checkGrant(g, refs),
              storage.mobilityGrants()::saveAll);
          run.kind(
              "mobility",
              dataset.mobilities(),
              m -> m.id().value(),
              m -> checkMobility(m, refs),
              storage.mobilities()::saveAll);
          run.kind(
              "staff",
              dataset.staff(),
              m -> m.id().value(),
              m -> checkStaff(m, refs),
              storage.staff()::saveAll);
        });
  }

  @Override
  public ProjectDataset export() {
    return new ProjectDataset() {
      @Override
      public Stream<FundingProgramme> programmes() {
        return storage.programmes().all().stream();
      }

      @Override
      public Stream<Project> projects() {
        return storage.projects().all().stream();
      }

      @Override
      public Stream<Partner> partners() {
        return storage.projects().all().stream()
            .flatMap(p -> storage.partners().ofProject(p.id()).stream());
      }

      @Override
      public Stream<WorkingGroup> workingGroups() {
        return storage.projects().all().stream()
            .flatMap(p -> storage.workingGroups().ofProject(p.id()).stream());
      }

      @Override
      public Stream<MainActivity> activities() {
        return storage.projects().all().stream()
            .flatMap(p -> storage.activities().ofProject(p.id()).stream());
      }

      @Override
      public Stream<Indicator> indicators() {
        return storage.projects().all().stream()
            .flatMap(p -> storage.indicators().ofProject(p.id()).stream());
      }

      @Override
      public Stream<MobilityGrant> mobilityGrants() {
        return storage.mobilityGrants().all().stream();
      }

      @Override
      public Stream<Mobility> mobilities() {
        return storage.projects().all().stream()
            .flatMap(p -> storage.mobilities().ofProject(p.id()).stream());
      }

      @Override
      public Stream<StaffMember> staff() {
        return storage.staff().all().stream();
      }
    };
  }

  /**
   * Checks the record by its kind's rules and saves it, in one transaction; a create-only write
   * first finds nothing stored under the id ({@link Writes}).
   */
  private <T> T recorded(
      String kind,
      String id,
      Supplier<Optional<T>> stored,
      T record,
      BiConsumer<T, ProjectReferences> check,
      Consumer<T> save) {
    return writes.record(
        kind,
        id,
        stored,
        () -> {
          check.accept(record, new ProjectReferences(storage));
          save.accept(record);
          return record;
        });
  }

  private Project storedProject(ProjectId id) {
    return storage
        .projects()
        .find(id)
        .orElseThrow(() -> new NotFoundException("project", id.value()));
  }

  private Optional<BudgetConsumption> keptAtStoredRevision(ProjectId project, LocalDate at) {
    OptionalLong revision = storage.mobilityGrants().revision(project);
    return revision.isPresent() ? kept.at(project, at, revision.getAsLong()) : Optional.empty();
  }

  private MobilityGrant storedGrant(ProjectId project) {
    return storage
        .mobilityGrants()
        .find(project)
        .orElseThrow(() -> new NotFoundException("mobility-grant", project.value()));
  }

  // ---- guarded writes: the check of an adapter and the write in one transaction

  @Override
  public Mobility record(RecordMobilityCommand command, Consumer<Optional<Mobility>> guard) {
    Objects.requireNonNull(guard, "guard");
    validator.validate(command);
    return transactions.inTransaction(
        () -> {
          guard.accept(storage.mobilities().find(new MobilityId(command.id())));
          return record(command);
        });
  }
}
