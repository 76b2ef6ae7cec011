package se.westum.consortium.application.service;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.BudgetConsumption;
import se.westum.consortium.application.port.in.ChangeProjectStatusCommand;
import se.westum.consortium.application.port.in.ComputeMobilityBudget;
import se.westum.consortium.application.port.in.ExportProjects;
import se.westum.consortium.application.port.in.FindProjects;
import se.westum.consortium.application.port.in.ImportProjects;
import se.westum.consortium.application.port.in.ProjectDataset;
import se.westum.consortium.application.port.in.RecordActivityCommand;
import se.westum.consortium.application.port.in.RecordIndicatorCommand;
import se.westum.consortium.application.port.in.RecordMobilities;
import se.westum.consortium.application.port.in.RecordMobilityCommand;
import se.westum.consortium.application.port.in.RecordMobilityGrantCommand;
import se.westum.consortium.application.port.in.RecordPartnerCommand;
import se.westum.consortium.application.port.in.RecordProgrammeCommand;
import se.westum.consortium.application.port.in.RecordProjectCommand;
import se.westum.consortium.application.port.in.RecordProjects;
import se.westum.consortium.application.port.in.RecordWorkingGroupCommand;
import se.westum.consortium.application.port.in.TravelGrantQuery;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.port.out.Transactions;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.mobility.CategoryGrant;
import se.westum.consortium.domain.mobility.ConsumptionCount;
import se.westum.consortium.domain.mobility.Coordinates;
import se.westum.consortium.domain.mobility.GrantCalculation;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.mobility.ParticipantRef;
import se.westum.consortium.domain.mobility.Place;
import se.westum.consortium.domain.mobility.TravelGrant;
import se.westum.consortium.domain.mobility.UnitCosts;
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
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.NationalId;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Percentage;

/** The project and mobility use cases over the storage ports. */
final class ProjectService
    implements RecordProjects,
        RecordMobilities,
        FindProjects,
        ComputeMobilityBudget,
        ImportProjects,
        ExportProjects {

  private final Storage storage;
  private final Transactions transactions;
  private final CommandValidator validator;
  private final UnitCosts costs = UnitCosts.bundled();
  private final ConsumptionCount consumption = new ConsumptionCount(costs);

  ProjectService(Storage storage, CommandValidator validator) {
    this.storage = storage;
    this.transactions = storage.transactions();
    this.validator = validator;
  }

  @Override
  public FundingProgramme recordProgramme(RecordProgrammeCommand command) {
    validator.validate(command);
    FundingProgramme programme =
        new FundingProgramme(new ProgrammeId(command.id()), command.name(), command.kind());
    return saved(programme, p -> storage.programmes().save(p));
  }

  @Override
  public Project recordProject(RecordProjectCommand command) {
    validator.validate(command);
    ProjectId id = new ProjectId(command.id());
    return transactions.inTransaction(
        () -> {
          ProgrammeId programme = new ProgrammeId(command.programme());
          storage
              .programmes()
              .find(programme)
              .orElseThrow(() -> new NotFoundException("programme", programme.value()));
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
                  programme,
                  new DateRange(command.start(), command.end()),
                  command.coordinator(),
                  status,
                  Optional.ofNullable(command.applicationDeadline()),
                  Optional.ofNullable(command.finalReportDeadline()),
                  Optional.ofNullable(command.audits()).orElse(List.of()).stream()
                      .map(a -> new Audit(a.date(), a.authority(), a.outcome()))
                      .toList());
          storage.projects().save(project);
          return project;
        });
  }

  @Override
  public Project changeStatus(ChangeProjectStatusCommand command) {
    validator.validate(command);
    return transactions.inTransaction(
        () -> {
          Project moved = project(new ProjectId(command.project())).movedTo(command.status());
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
    return saved(
        partner,
        p -> {
          project(p.project());
          storage.partners().save(p);
        });
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
    return saved(
        group,
        g -> {
          project(g.project());
          for (MeetingId meeting : g.meetings()) {
            storage
                .meetings()
                .find(meeting)
                .orElseThrow(() -> new NotFoundException("meeting", meeting.value()));
          }
          storage.workingGroups().save(g);
        });
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
    return saved(
        activity,
        a -> {
          project(a.project());
          storage
              .partners()
              .find(a.responsible())
              .filter(p -> p.project().equals(a.project()))
              .orElseThrow(() -> new NotFoundException("partner", a.responsible().value()));
          storage.activities().save(a);
        });
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
    return saved(
        indicator,
        i -> {
          project(i.project());
          storage.indicators().save(i);
        });
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
                        rates.put(group, Money.of(c.dailyRatesEur().get(group - 1), "EUR"));
                      }
                      return new CategoryGrant(
                          c.category(), c.places(), Money.of(c.budgetEur(), "EUR"), rates);
                    })
                .toList(),
            Optional.ofNullable(command.targetPercent())
                .map(Percentage::new)
                .orElse(MobilityGrant.DEFAULT_TARGET));
    costs.generation(grant.callYear());
    return saved(
        grant,
        g -> {
          project(g.project());
          storage.mobilityGrants().save(g);
        });
  }

  @Override
  public Mobility recordMobility(RecordMobilityCommand command) {
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
    return saved(
        mobility,
        m -> {
          GrantCalculation.of(
              costs, grant(m.project()), m); // refuses a mobility whose grant cannot be computed
          storage.mobilities().save(m);
        });
  }

  @Override
  public List<FundingProgramme> programmes() {
    return storage.programmes().all();
  }

  @Override
  public List<Project> projects() {
    return storage.projects().all();
  }

  @Override
  public List<Project> projectsIn(int year) {
    Year y = Year.of(year);
    DateRange range = new DateRange(y.atDay(1), y.atMonth(12).atEndOfMonth());
    return storage.projects().all().stream().filter(p -> p.activeDuring(range)).toList();
  }

  @Override
  public Optional<Project> project(String acronym) {
    return storage.projects().find(new ProjectId(acronym));
  }

  @Override
  public List<Partner> partners(String acronym) {
    return storage.partners().ofProject(new ProjectId(acronym));
  }

  @Override
  public List<WorkingGroup> workingGroups(String acronym) {
    return storage.workingGroups().ofProject(new ProjectId(acronym));
  }

  @Override
  public List<MainActivity> activities(String acronym) {
    return storage.activities().ofProject(new ProjectId(acronym));
  }

  @Override
  public List<Indicator> indicators(String acronym) {
    return storage.indicators().ofProject(new ProjectId(acronym));
  }

  @Override
  public Optional<MobilityGrant> mobilityGrant(String acronym) {
    return storage.mobilityGrants().find(new ProjectId(acronym));
  }

  @Override
  public List<Mobility> mobilities(String acronym) {
    return storage.mobilities().ofProject(new ProjectId(acronym));
  }

  @Override
  public Optional<Mobility> mobility(String id) {
    return storage.mobilities().find(new MobilityId(id));
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
  public GrantCalculation grantOf(String mobilityId) {
    MobilityId id = new MobilityId(mobilityId);
    Mobility mobility =
        storage
            .mobilities()
            .find(id)
            .orElseThrow(() -> new NotFoundException("mobility", id.value()));
    return GrantCalculation.of(costs, grant(mobility.project()), mobility);
  }

  @Override
  public BudgetConsumption consumption(String acronym, LocalDate at) {
    ProjectId project = new ProjectId(acronym);
    return transactions.inTransaction(
        () -> {
          MobilityGrant grant = grant(project);
          // a fold over groups of alike mobilities, grouped where they are stored: memory does
          // not grow with their number, and a database sends one row per group
          ConsumptionCount.Tally tally = consumption.tally(grant, at);
          storage.mobilities().forEachAlikeOfProject(project, tally);
          return new BudgetConsumption(grant, at, tally.result());
        });
  }

  @Override
  public int importProjects(ProjectDataset dataset) {
    return transactions.inTransaction(
        () -> {
          int count = 0;
          try (Stream<FundingProgramme> s = dataset.programmes()) {
            count += Batches.inBatches(s, storage.programmes()::saveAll);
          }
          try (Stream<Project> s = dataset.projects()) {
            count += Batches.inBatches(s, storage.projects()::saveAll);
          }
          try (Stream<Partner> s = dataset.partners()) {
            count += Batches.inBatches(s, storage.partners()::saveAll);
          }
          try (Stream<WorkingGroup> s = dataset.workingGroups()) {
            count += Batches.inBatches(s, storage.workingGroups()::saveAll);
          }
          try (Stream<MainActivity> s = dataset.activities()) {
            count += Batches.inBatches(s, storage.activities()::saveAll);
          }
          try (Stream<Indicator> s = dataset.indicators()) {
            count += Batches.inBatches(s, storage.indicators()::saveAll);
          }
          try (Stream<MobilityGrant> s = dataset.mobilityGrants()) {
            count += Batches.inBatches(s, storage.mobilityGrants()::saveAll);
          }
          try (Stream<Mobility> s = dataset.mobilities()) {
            count +=
                Batches.inBatches(
                    s,
                    batch -> {
                      batch.forEach(m -> GrantCalculation.of(costs, grant(m.project()), m));
                      storage.mobilities().saveAll(batch);
                    });
          }
          return count;
        });
  }

  @Override
  public ProjectDataset exportProjects() {
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
    };
  }

  private <T> T saved(T record, Consumer<T> save) {
    return transactions.inTransaction(
        () -> {
          save.accept(record);
          return record;
        });
  }

  private Project project(ProjectId id) {
    return storage
        .projects()
        .find(id)
        .orElseThrow(() -> new NotFoundException("project", id.value()));
  }

  private MobilityGrant grant(ProjectId project) {
    return storage
        .mobilityGrants()
        .find(project)
        .orElseThrow(() -> new NotFoundException("mobility-grant", project.value()));
  }
}
