package se.westum.consortium.application.service;

import java.time.Clock;
import java.util.Objects;
import se.westum.consortium.application.port.in.Governance;
import se.westum.consortium.application.port.in.Membership;
import se.westum.consortium.application.port.in.Mobilities;
import se.westum.consortium.application.port.in.Projects;
import se.westum.consortium.application.port.in.Training;
import se.westum.consortium.application.port.out.Storage;

/**
 * The core, wired from the outbound ports an embedder supplies. The one public entry point of the
 * application layer: every use case is reached from here, through one facade per context ({@link
 * #membership()}, {@link #governance()}, {@link #projects()}, {@link #mobility()}, {@link
 * #training()}).
 *
 * <pre>{@code
 * Consortium consortium = Consortium.builder()
 *     .storage(JdbcAdapter.create(dataSource))
 *     .clock(Clock.systemDefaultZone())
 *     .build();
 * consortium.membership().register(command);
 * }</pre>
 *
 * <p>Thread-safe: one instance serves a whole application.
 */
public final class Consortium {

  private final MembershipService membership;
  private final GovernanceService governance;
  private final ProjectService projects;
  private final TrainingService training;

  private Consortium(Builder builder) {
    CommandValidator validator = new CommandValidator();
    this.membership = new MembershipService(builder.storage, builder.clock, validator);
    this.governance = new GovernanceService(builder.storage, validator);
    this.projects = new ProjectService(builder.storage, validator);
    this.training = new TrainingService(builder.storage, validator);
  }

  /** Starts wiring a core. */
  public static Builder builder() {
    return new Builder();
  }

  /** Membership: members, annual fees, payments and the membership figures of a year. */
  public Membership membership() {
    return membership;
  }

  /**
   * Governance: board terms, meetings, decisions, goals, events, staff and the governance figures
   * of a fiscal year.
   */
  public Governance governance() {
    return governance;
  }

  /**
   * Projects: programmes, projects, partners, working groups, activities and indicators, and the
   * import and export of project datasets (mobility grants and mobilities included).
   */
  public Projects projects() {
    return projects;
  }

  /**
   * Erasmus+ mobility: mobility grants, mobilities, travel grants and the consumption of a grant's
   * budget.
   */
  public Mobilities mobility() {
    return projects;
  }

  /**
   * Needs-based training: company visits, survey answers, the needs analysis, trainings and the
   * compliance with the six training rules.
   */
  public Training training() {
    return training;
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
