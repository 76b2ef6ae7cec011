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

import java.time.Clock;
import java.util.Objects;
import se.westum.consortium.application.port.in.Governance;
import se.westum.consortium.application.port.in.Membership;
import se.westum.consortium.application.port.in.Mobilities;
import se.westum.consortium.application.port.in.Projects;
import se.westum.consortium.application.port.in.Reports;
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
  private final Consortium createOnly;
  private final ReportService reports;

  private Consortium(Builder builder) {
    this(builder, new CommandValidator(), false);
  }

  // createOnly: the core whose record use cases only create; its createOnly() is itself
  private Consortium(Builder builder, CommandValidator validator, boolean createOnly) {
    Writes writes =
        createOnly
            ? Writes.createOnly(builder.storage.transactions())
            : Writes.createOrReplace(builder.storage.transactions());
    this.membership = new MembershipService(builder.storage, builder.clock, validator, writes);
    this.governance = new GovernanceService(builder.storage, validator, writes);
    this.projects = new ProjectService(builder.storage, validator, writes);
    this.training = new TrainingService(builder.storage, validator, writes);
    this.reports = new ReportService(builder.storage, projects, training, builder.clock);
    this.createOnly = createOnly ? this : new Consortium(builder, validator, true);
  }

  /** Starts wiring a core. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The same core, over the same storage, whose record use cases only create: each one (a
   * programme, a project, a mobility, a fee, a change of a member, ...) first looks up the record
   * stored under the command's id in the write's own transaction, and refuses to replace it with a
   * {@link se.westum.consortium.domain.shared.ConflictException} of code {@code already-recorded}
   * naming the record ({@link se.westum.consortium.domain.shared.CreateOnlyPolicy}). When two
   * creates of one new id run at once, the store's unique key lets one win and the other ends as a
   * conflict too, so exactly one create succeeds. What HTTP's {@code If-None-Match: *} asks of a
   * {@code PUT}. Queries, imports and the use cases that do not record by id (registering a member,
   * which never replaces; a payment, recorded once; status moves) work as on this core.
   */
  public Consortium createOnly() {
    return createOnly;
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
