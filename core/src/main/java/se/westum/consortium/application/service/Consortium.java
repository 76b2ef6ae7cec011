package se.westum.consortium.application.service;

import java.time.Clock;
import java.util.Objects;
import se.westum.consortium.application.port.in.ChangeMember;
import se.westum.consortium.application.port.in.ComputeGovernanceFigures;
import se.westum.consortium.application.port.in.ComputeMembershipFigures;
import se.westum.consortium.application.port.in.ComputeMobilityBudget;
import se.westum.consortium.application.port.in.EndMembership;
import se.westum.consortium.application.port.in.ExportGovernance;
import se.westum.consortium.application.port.in.ExportMembership;
import se.westum.consortium.application.port.in.ExportProjects;
import se.westum.consortium.application.port.in.FindGovernance;
import se.westum.consortium.application.port.in.FindMembers;
import se.westum.consortium.application.port.in.FindProjects;
import se.westum.consortium.application.port.in.ImportGovernance;
import se.westum.consortium.application.port.in.ImportMembership;
import se.westum.consortium.application.port.in.ImportProjects;
import se.westum.consortium.application.port.in.RecordGovernance;
import se.westum.consortium.application.port.in.RecordMobilities;
import se.westum.consortium.application.port.in.RecordPayment;
import se.westum.consortium.application.port.in.RecordProjects;
import se.westum.consortium.application.port.in.RegisterMember;
import se.westum.consortium.application.port.in.Reports;
import se.westum.consortium.application.port.in.SetAnnualFee;
import se.westum.consortium.application.port.in.Training;
import se.westum.consortium.application.port.out.Storage;

/**
 * The core, wired from the outbound ports an embedder supplies. The one public entry point of the
 * application layer: every use case is reached from here.
 *
 * <pre>{@code
 * Consortium consortium = Consortium.builder()
 *     .storage(JdbcAdapter.create(dataSource))
 *     .clock(Clock.systemDefaultZone())
 *     .build();
 * consortium.registerMember().register(command);
 * }</pre>
 *
 * <p>Thread-safe: one instance serves a whole application.
 */
public final class Consortium {

  private final MembershipService membership;
  private final GovernanceService governance;
  private final ProjectService projects;
  private final TrainingService training;
  private final ReportService reports;

  private Consortium(Builder builder) {
    CommandValidator validator = new CommandValidator();
    this.membership = new MembershipService(builder.storage, builder.clock, validator);
    this.governance = new GovernanceService(builder.storage, validator);
    this.projects = new ProjectService(builder.storage, validator);
    this.training = new TrainingService(builder.storage, validator);
    this.reports = new ReportService(builder.storage, projects, training, builder.clock);
  }

  /** Starts wiring a core. */
  public static Builder builder() {
    return new Builder();
  }

  /** Register a new member. */
  public RegisterMember registerMember() {
    return membership;
  }

  /** Change a member's details. */
  public ChangeMember changeMember() {
    return membership;
  }

  /** End a membership. */
  public EndMembership endMembership() {
    return membership;
  }

  /** Set a member's annual fee. */
  public SetAnnualFee setAnnualFee() {
    return membership;
  }

  /** Record a fee payment. */
  public RecordPayment recordPayment() {
    return membership;
  }

  /** Look members up. */
  public FindMembers findMembers() {
    return membership;
  }

  /** The membership figures of a year. */
  public ComputeMembershipFigures membershipFigures() {
    return membership;
  }

  /** Import a membership dataset, all or nothing. */
  public ImportMembership importMembership() {
    return membership;
  }

  /** Read out every membership record. */
  public ExportMembership exportMembership() {
    return membership;
  }

  /** Record and change board terms, meetings, decisions, goals, events and staff. */
  public RecordGovernance recordGovernance() {
    return governance;
  }

  /** Look the governance records up. */
  public FindGovernance findGovernance() {
    return governance;
  }

  /** The governance figures of a fiscal year. */
  public ComputeGovernanceFigures governanceFigures() {
    return governance;
  }

  /** Import a governance dataset, all or nothing. */
  public ImportGovernance importGovernance() {
    return governance;
  }

  /** Read out every governance record. */
  public ExportGovernance exportGovernance() {
    return governance;
  }

  /** Record and change programmes, projects, partners, groups, activities and indicators. */
  public RecordProjects recordProjects() {
    return projects;
  }

  /** Record mobility grants and mobilities. */
  public RecordMobilities recordMobilities() {
    return projects;
  }

  /** Look projects and mobilities up. */
  public FindProjects findProjects() {
    return projects;
  }

  /** Travel grants, mobility grants and budget consumption. */
  public ComputeMobilityBudget mobilityBudget() {
    return projects;
  }

  /** Import a project dataset, all or nothing. */
  public ImportProjects importProjects() {
    return projects;
  }

  /** Read out every project record. */
  public ExportProjects exportProjects() {
    return projects;
  }

  /**
   * Needs-based training: company visits, survey answers, the needs analysis, trainings and the
   * compliance with the six training rules.
   */
  public Training training() {
    return training;
  }

  /**
   * The annual activity report (verksamhetsberättelse) of a fiscal year, computed from the records
   * of every context, every figure with its trace.
   */
  public Reports reports() {
    return reports;
  }

  /** Collects the ports and the clock. */
  public static final class Builder {

    private Storage storage;
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /** The storage adapter's ports (required). */
    public Builder storage(Storage storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
      return this;
    }

    /** The clock that decides "today" (default: the system clock in the default zone). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Wires the core.
     *
     * @throws IllegalStateException if no storage was given
     */
    public Consortium build() {
      if (storage == null) {
        throw new IllegalStateException("a Consortium needs storage: call storage(...)");
      }
      return new Consortium(this);
    }
  }
}
