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

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import se.westum.consortium.application.port.out.Activities;
import se.westum.consortium.application.port.out.AnnualFees;
import se.westum.consortium.application.port.out.BoardTerms;
import se.westum.consortium.application.port.out.Brokers;
import se.westum.consortium.application.port.out.CompanyVisits;
import se.westum.consortium.application.port.out.Decisions;
import se.westum.consortium.application.port.out.Events;
import se.westum.consortium.application.port.out.FocusAreas;
import se.westum.consortium.application.port.out.Goals;
import se.westum.consortium.application.port.out.IndicatorFeeds;
import se.westum.consortium.application.port.out.Indicators;
import se.westum.consortium.application.port.out.Meetings;
import se.westum.consortium.application.port.out.Members;
import se.westum.consortium.application.port.out.Mobilities;
import se.westum.consortium.application.port.out.MobilityGrants;
import se.westum.consortium.application.port.out.Partners;
import se.westum.consortium.application.port.out.Payments;
import se.westum.consortium.application.port.out.Programmes;
import se.westum.consortium.application.port.out.Projects;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.port.out.Staff;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.port.out.SurveyAnswers;
import se.westum.consortium.application.port.out.SurveyMappings;
import se.westum.consortium.application.port.out.Trainings;
import se.westum.consortium.application.port.out.Transactions;
import se.westum.consortium.application.port.out.Vocabularies;
import se.westum.consortium.application.port.out.WorkingGroups;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.governance.StaffId;
import se.westum.consortium.domain.governance.StaffMember;
import se.westum.consortium.domain.governance.TermId;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.project.ActivityId;
import se.westum.consortium.domain.project.FundingProgramme;
import se.westum.consortium.domain.project.GroupId;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProgrammeId;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.WorkingGroup;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Page;
import se.westum.consortium.domain.shared.PageRequest;

/**
 * In-memory storage for testing the core and the inbound adapters. It passes the same {@link
 * StorageContract} as the JDBC adapter. Transactions take one lock and restore a snapshot when the
 * work throws.
 */
public final class InMemoryStorage implements Storage {

  private static final Comparator<Payment> PAYMENT_ORDER =
      Comparator.comparing(Payment::member)
          .thenComparing(Payment::year)
          .thenComparing(Payment::paidOn)
          .thenComparing(p -> p.amount().amount());

  private final ReentrantLock lock = new ReentrantLock();
  private boolean rollbackOnly;
  private TreeMap<OrganisationNumber, Member> members = new TreeMap<>();
  private TreeMap<String, AnnualFee> fees = new TreeMap<>();
  private TreeSet<Payment> payments = new TreeSet<>(PAYMENT_ORDER);
  private final MemoryTable<TermId, BoardTerm> termTable =
      new MemoryTable<>(
          BoardTerm::id,
          Comparator.comparing((BoardTerm t) -> t.period().start())
              .thenComparing(t -> t.id().value()));
  private final MemoryTable<MeetingId, Meeting> meetingTable =
      new MemoryTable<>(
          Meeting::id,
          Comparator.comparing((Meeting m) -> m.dates().start())
              .thenComparing(m -> m.id().value()));
  private final MemoryTable<DecisionId, Decision> decisionTable =
      new MemoryTable<>(
          Decision::id,
          Comparator.comparing((Decision d) -> d.id().meeting().value())
              .thenComparing(d -> d.id().paragraph()));
  private final MemoryTable<GoalId, Goal> goalTable =
      new MemoryTable<>(Goal::id, Comparator.comparing((Goal g) -> g.id().value()));
  private final MemoryTable<EventId, Event> eventTable =
      new MemoryTable<>(
          Event::id,
          Comparator.comparing((Event e) -> e.dates().start()).thenComparing(e -> e.id().value()));
  private final MemoryTable<StaffId, StaffMember> staffTable =
      new MemoryTable<>(
          StaffMember::id,
          Comparator.comparing(StaffMember::started).thenComparing(s -> s.id().value()));
  private final MemoryTable<ProgrammeId, FundingProgramme> programmeTable =
      new MemoryTable<>(FundingProgramme::id, Comparator.comparing(FundingProgramme::id));
  private final MemoryTable<ProjectId, Project> projectTable =
      new MemoryTable<>(Project::id, Comparator.comparing(Project::id));
  private final MemoryTable<PartnerId, Partner> partnerTable =
      new MemoryTable<>(Partner::id, Comparator.comparing(Partner::id));
  private final MemoryTable<GroupId, WorkingGroup> groupTable =
      new MemoryTable<>(WorkingGroup::id, Comparator.comparing(WorkingGroup::id));
  private final MemoryTable<ActivityId, MainActivity> activityTable =
      new MemoryTable<>(MainActivity::id, Comparator.comparing(MainActivity::id));
  private final MemoryTable<IndicatorId, Indicator> indicatorTable =
      new MemoryTable<>(Indicator::id, Comparator.comparing(Indicator::id));
  private final MemoryTable<ProjectId, MobilityGrant> grantTable =
      new MemoryTable<>(MobilityGrant::project, Comparator.comparing(MobilityGrant::project));
  private final MemoryTable<MobilityId, Mobility> mobilityTable =
      new MemoryTable<>(
          Mobility::id, Comparator.comparing(Mobility::start).thenComparing(Mobility::id));
  // a budget revision per project; the sequence is never rolled back, so a value is never taken
  // again (a budget kept under a rolled-back write's revision is never handed out)
  private TreeMap<ProjectId, Long> revisions = new TreeMap<>();
  private final AtomicLong revisionSequence = new AtomicLong();
  private final List<MemoryTable<?, ?>> tables =
      List.of(
          termTable,
          meetingTable,
          decisionTable,
          goalTable,
          eventTable,
          staffTable,
          programmeTable,
          projectTable,
          partnerTable,
          groupTable,
          activityTable,
          indicatorTable,
          grantTable,
          mobilityTable);

  private final Members memberPort = new MemoryMembers();
  private final AnnualFees feePort = new MemoryFees();
  private final Payments paymentPort = new MemoryPayments();
  private final Transactions transactionPort = new MemoryTransactions();
  // --- needs-based training (issue 9) ---
  private final InMemoryTraining training =
      new InMemoryTraining(lock, project -> projectTable.find(project).isPresent());

  // --- end of needs-based training ---

  @Override
  public Members members() {
    return memberPort;
  }

  @Override
  public AnnualFees annualFees() {
    return feePort;
  }

  @Override
  public Payments payments() {
    return paymentPort;
  }

  @Override
  public Transactions transactions() {
    return transactionPort;
  }

  @Override
  public BoardTerms boardTerms() {
    return new BoardTerms() {
      @Override
      public Optional<BoardTerm> find(TermId id) {
        return locked(() -> termTable.find(id));
      }

      @Override
      public List<BoardTerm> all() {
        return locked(termTable::all);
      }

      @Override
      public void save(BoardTerm term) {
        saveAll(List.of(term));
      }

      @Override
      public Saved saveAll(Collection<BoardTerm> terms) {
        return locked(() -> termTable.merge(terms));
      }
    };
  }

  @Override
  public Meetings meetings() {
    return new Meetings() {
      @Override
      public Optional<Meeting> find(MeetingId id) {
        return locked(() -> meetingTable.find(id));
      }

      @Override
      public List<Meeting> startingIn(DateRange period) {
        return locked(
            () ->
                meetingTable.all().stream()
                    .filter(m -> period.contains(m.dates().start()))
                    .toList());
      }

      @Override
      public void save(Meeting meeting) {
        saveAll(List.of(meeting));
      }

      @Override
      public Saved saveAll(Collection<Meeting> meetings) {
        return locked(() -> meetingTable.merge(meetings));
      }

      @Override
      public Stream<Meeting> stream() {
        return locked(meetingTable::all).stream();
      }
    };
  }

  @Override
  public Decisions decisions() {
    return new Decisions() {
      @Override
      public Optional<Decision> find(DecisionId id) {
        return locked(() -> decisionTable.find(id));
      }

      @Override
      public List<Decision> ofMeeting(MeetingId meeting) {
        return locked(
            () ->
                decisionTable.all().stream()
                    .filter(d -> d.id().meeting().equals(meeting))
                    .toList());
      }

      @Override
      public void save(Decision decision) {
        saveAll(List.of(decision));
      }

      @Override
      public Saved saveAll(Collection<Decision> decisions) {
        return locked(
            () -> {
              for (Decision d : decisions) {
                if (meetingTable.find(d.id().meeting()).isEmpty()) {
                  throw new NotFoundException("meeting", d.id().meeting().value());
                }
              }
              return decisionTable.merge(decisions);
            });
      }

      @Override
      public Stream<Decision> stream() {
        return locked(decisionTable::all).stream();
      }
    };
  }

  @Override
  public Goals goals() {
    return new Goals() {
      @Override
      public Optional<Goal> find(GoalId id) {
        return locked(() -> goalTable.find(id));
      }

      @Override
      public List<Goal> ofYear(Year fiscalYear) {
        return locked(
            () -> goalTable.all().stream().filter(g -> g.fiscalYear().equals(fiscalYear)).toList());
      }

      @Override
      public void save(Goal goal) {
        saveAll(List.of(goal));
      }

      @Override
      public Saved saveAll(Collection<Goal> goals) {
        return locked(() -> goalTable.merge(goals));
      }

      @Override
      public Stream<Goal> stream() {
        return locked(goalTable::all).stream();
      }
    };
  }

  @Override
  public Events events() {
    return new Events() {
      @Override
      public Optional<Event> find(EventId id) {
        return locked(() -> eventTable.find(id));
      }

      @Override
      public List<Event> overlapping(DateRange period) {
        return locked(
            () -> eventTable.all().stream().filter(e -> e.dates().overlaps(period)).toList());
      }

      @Override
      public void save(Event event) {
        saveAll(List.of(event));
      }

      @Override
      public Saved saveAll(Collection<Event> events) {
        return locked(
            () -> {
              for (Event e : events) {
                e.goal()
                    .filter(goal -> goalTable.find(goal).isEmpty())
                    .ifPresent(
                        goal -> {
                          throw new NotFoundException("goal", goal.value());
                        });
              }
              return eventTable.merge(events);
            });
      }

      @Override
      public Stream<Event> stream() {
        return locked(eventTable::all).stream();
      }
    };
  }

  @Override
  public Staff staff() {
    return new Staff() {
      @Override
      public Optional<StaffMember> find(StaffId id) {
        return locked(() -> staffTable.find(id));
      }

      @Override
      public List<StaffMember> all() {
        return locked(staffTable::all);
      }

      @Override
      public void save(StaffMember member) {
        saveAll(List.of(member));
      }

      @Override
      public Saved saveAll(Collection<StaffMember> staff) {
        return locked(() -> staffTable.merge(staff));
      }
    };
  }

  @Override
  public Programmes programmes() {
    return new Programmes() {
      @Override
      public Optional<FundingProgramme> find(ProgrammeId id) {
        return locked(() -> programmeTable.find(id));
      }

      @Override
      public List<FundingProgramme> all() {
        return locked(programmeTable::all);
      }

      @Override
      public void save(FundingProgramme record) {
        saveAll(List.of(record));
      }

      @Override
      public Saved saveAll(Collection<FundingProgramme> records) {
        return locked(() -> programmeTable.merge(records));
      }
    };
  }

  @Override
  public Projects projects() {
    return new Projects() {
      @Override
      public Optional<Project> find(ProjectId id) {
        return locked(() -> projectTable.find(id));
      }

      @Override
      public List<Project> all() {
        return locked(projectTable::all);
      }

      @Override
      public void save(Project record) {
        saveAll(List.of(record));
      }

      @Override
      public Saved saveAll(Collection<Project> records) {
        return locked(
            () -> {
              records.forEach(p -> require(programmeTable, p.programme(), "programme"));
              return projectTable.merge(records);
            });
      }
    };
  }

  @Override
  public Partners partners() {
    return new Partners() {
      @Override
      public Optional<Partner> find(PartnerId id) {
        return locked(() -> partnerTable.find(id));
      }

      @Override
      public List<Partner> ofProject(ProjectId project) {
        return locked(
            () -> partnerTable.all().stream().filter(p -> p.project().equals(project)).toList());
      }

      @Override
      public void save(Partner record) {
        saveAll(List.of(record));
      }

      @Override
      public Saved saveAll(Collection<Partner> records) {
        return locked(
            () -> {
              records.forEach(p -> require(projectTable, p.project(), "project"));
              return partnerTable.merge(records);
            });
      }
    };
  }

  @Override
  public WorkingGroups workingGroups() {
    return new WorkingGroups() {
      @Override
      public Optional<WorkingGroup> find(GroupId id) {
        return locked(() -> groupTable.find(id));
      }

      @Override
      public List<WorkingGroup> ofProject(ProjectId project) {
        return locked(
            () -> groupTable.all().stream().filter(g -> g.project().equals(project)).toList());
      }

      @Override
      public void save(WorkingGroup record) {
        saveAll(List.of(record));
      }

      @Override
      public Saved saveAll(Collection<WorkingGroup> records) {
        return locked(
            () -> {
              for (WorkingGroup g : records) {
                require(projectTable, g.project(), "project");
                g.meetings().forEach(m -> require(meetingTable, m, "meeting"));
              }
              return groupTable.merge(records);
            });
      }
    };
  }

  @Override
  public Activities activities() {
    return new Activities() {
      @Override
      public Optional<MainActivity> find(ActivityId id) {
        return locked(() -> activityTable.find(id));
      }

      @Override
      public List<MainActivity> ofProject(ProjectId project) {
        return locked(
            () -> activityTable.all().stream().filter(a -> a.project().equals(project)).toList());
      }

      @Override
      public void save(MainActivity record) {
        saveAll(List.of(record));
      }

      @Override
      public Saved saveAll(Collection<MainActivity> records) {
        return locked(
            () -> {
              for (MainActivity a : records) {
                require(projectTable, a.project(), "project");
                require(partnerTable, a.responsible(), "partner");
              }
              return activityTable.merge(records);
            });
      }
    };
  }

  @Override
  public Indicators indicators() {
    return new Indicators() {
      @Override
      public Optional<Indicator> find(IndicatorId id) {
        return locked(() -> indicatorTable.find(id));
      }

      @Override
      public List<Indicator> ofProject(ProjectId project) {
        return locked(
            () -> indicatorTable.all().stream().filter(i -> i.project().equals(project)).toList());
      }

      @Override
      public void save(Indicator record) {
        saveAll(List.of(record));
      }

      @Override
      public Saved saveAll(Collection<Indicator> records) {
        return locked(
            () -> {
              records.forEach(i -> require(projectTable, i.project(), "project"));
              return indicatorTable.merge(records);
            });
      }
    };
  }

  @Override
  public MobilityGrants mobilityGrants() {
    return new MobilityGrants() {
      @Override
      public Optional<MobilityGrant> find(ProjectId id) {
        return locked(() -> grantTable.find(id));
      }

      @Override
      public List<MobilityGrant> all() {
        return locked(grantTable::all);
      }

      @Override
      public void save(MobilityGrant record) {
        saveAll(List.of(record));
      }

      @Override
      public Saved saveAll(Collection<MobilityGrant> records) {
        return locked(
            () -> {
              records.forEach(g -> require(projectTable, g.project(), "project"));
              Saved saved = grantTable.merge(records);
              records.forEach(g -> newRevision(g.project()));
              return saved;
            });
      }

      @Override
      public OptionalLong revision(ProjectId project) {
        return locked(
            () ->
                grantTable.find(project).isEmpty() || !revisions.containsKey(project)
                    ? OptionalLong.empty()
                    : OptionalLong.of(revisions.get(project)));
      }
    };
  }

  @Override
  public Mobilities mobilities() {
    return new Mobilities() {
      @Override
      public Optional<Mobility> find(MobilityId id) {
        return locked(() -> mobilityTable.find(id));
      }

      @Override
      public List<Mobility> ofProject(ProjectId project) {
        return locked(
            () -> mobilityTable.all().stream().filter(m -> m.project().equals(project)).toList());
      }

      @Override
      public void save(Mobility record) {
        saveAll(List.of(record));
      }

      @Override
      public Saved saveAll(Collection<Mobility> records) {
        return locked(
            () -> {
              records.forEach(m -> require(projectTable, m.project(), "project"));
              for (Mobility m : records) {
                // a moved mobility changes the budget it left as well as the one it joins
                mobilityTable.find(m.id()).ifPresent(stored -> newRevision(stored.project()));
                newRevision(m.project());
              }
              return mobilityTable.merge(records);
            });
      }
    };
  }

  private void newRevision(ProjectId project) {
    revisions.put(project, revisionSequence.incrementAndGet());
  }

  // like a foreign key: the record named must be stored
  private static <K> void require(MemoryTable<K, ?> table, K id, String what) {
    if (table.find(id).isEmpty()) {
      throw new NotFoundException(what, id.toString());
    }
  }

  private <T> T locked(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  private static String feeKey(OrganisationNumber member, Year year) {
    return member.value() + "/" + year;
  }

  private final class MemoryTransactions implements Transactions {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
      lock.lock();
      try {
        if (lock.getHoldCount() > 1) {
          // joins the running transaction; a failure dooms all of it
          try {
            return work.get();
          } catch (RuntimeException | Error e) {
            rollbackOnly = true;
            throw e;
          }
        }
        rollbackOnly = false;
        var memberSnapshot = new TreeMap<>(members);
        var feeSnapshot = new TreeMap<>(fees);
        var paymentSnapshot = new TreeSet<>(payments);
        var revisionSnapshot = new TreeMap<>(revisions);
        tables.forEach(MemoryTable::snapshot);
        training.snapshot();
        try {
          T result = work.get();
          if (rollbackOnly) {
            throw new DomainException(
                "transaction-rolled-back", "a joined unit of work failed; nothing was written");
          }
          return result;
        } catch (RuntimeException | Error e) {
          members = memberSnapshot;
          fees = feeSnapshot;
          payments = paymentSnapshot;
          revisions = revisionSnapshot;
          tables.forEach(MemoryTable::restore);
          training.restore();
          throw e;
        }
      } finally {
        lock.unlock();
      }
    }
  }

  // --- needs-based training (issue 9) ---

  @Override
  public Vocabularies vocabularies() {
    return training.vocabularies();
  }

  @Override
  public SurveyMappings surveyMappings() {
    return training.surveyMappings();
  }

  @Override
  public Brokers brokers() {
    return training.brokers();
  }

  @Override
  public CompanyVisits companyVisits() {
    return training.companyVisits();
  }

  @Override
  public SurveyAnswers surveyAnswers() {
    return training.surveyAnswers();
  }

  @Override
  public FocusAreas focusAreas() {
    return training.focusAreas();
  }

  @Override
  public Trainings trainings() {
    return training.trainings();
  }

  @Override
  public IndicatorFeeds indicatorFeeds() {
    return training.indicatorFeeds();
  }

  // --- end of needs-based training ---

  private final class MemoryMembers implements Members {
    @Override
    public Optional<Member> find(OrganisationNumber organisationNumber) {
      return locked(() -> Optional.ofNullable(members.get(organisationNumber)));
    }

    @Override
    public Page<Member> list(PageRequest request) {
      return locked(() -> Page.of(new ArrayList<>(members.values()), request));
    }

    @Override
    public Stream<Member> stream() {
      return locked(() -> List.copyOf(members.values())).stream();
    }

    @Override
    public Member add(Member member) {
      return locked(
          () -> {
            if (members.containsKey(member.organisationNumber())) {
              throw new ConflictException(
                  Member.DUPLICATE,
                  "member " + member.organisationNumber() + " is already registered");
            }
            Member stored = member.withVersion(1);
            members.put(stored.organisationNumber(), stored);
            return stored;
          });
    }

    @Override
    public Member update(Member member) {
      return locked(
          () -> {
            Member current = members.get(member.organisationNumber());
            if (current == null) {
              throw new NotFoundException("member", member.organisationNumber().value());
            }
            if (current.version() != member.version()) {
              throw ConflictException.staleVersion(
                  "member", member.organisationNumber().value(), member.version());
            }
            Member stored = member.withVersion(member.version() + 1);
            members.put(stored.organisationNumber(), stored);
            return stored;
          });
    }

    @Override
    public Saved saveAll(Collection<Member> batch) {
      return locked(
          () -> {
            // the last of several entries for one member wins, as if they were saved one by one
            Map<OrganisationNumber, Member> latest = new LinkedHashMap<>();
            batch.forEach(member -> latest.put(member.organisationNumber(), member));
            int added = 0;
            int changed = 0;
            int unchanged = 0;
            for (Member member : latest.values()) {
              Member current = members.get(member.organisationNumber());
              if (current == null) {
                added++;
                members.put(member.organisationNumber(), member.withVersion(1));
              } else if (current.sameAs(member)) {
                unchanged++;
              } else {
                changed++;
                members.put(member.organisationNumber(), member.withVersion(current.version() + 1));
              }
            }
            return new Saved(added, changed, unchanged);
          });
    }
  }

  private final class MemoryFees implements AnnualFees {
    @Override
    public Optional<AnnualFee> find(OrganisationNumber member, Year year) {
      return locked(() -> Optional.ofNullable(fees.get(feeKey(member, year))));
    }

    @Override
    public void put(AnnualFee fee) {
      putAll(List.of(fee));
    }

    @Override
    public Saved putAll(Collection<AnnualFee> batch) {
      return locked(
          () -> {
            batch.forEach(fee -> requireMember(fee.member()));
            Map<String, AnnualFee> latest = new LinkedHashMap<>();
            batch.forEach(fee -> latest.put(feeKey(fee.member(), fee.year()), fee));
            int added = 0;
            int changed = 0;
            int unchanged = 0;
            for (Map.Entry<String, AnnualFee> entry : latest.entrySet()) {
              AnnualFee current = fees.put(entry.getKey(), entry.getValue());
              if (current == null) {
                added++;
              } else if (current.equals(entry.getValue())) {
                unchanged++;
              } else {
                changed++;
              }
            }
            return new Saved(added, changed, unchanged);
          });
    }

    @Override
    public List<AnnualFee> ofYear(Year year) {
      return locked(() -> fees.values().stream().filter(f -> f.year().equals(year)).toList());
    }

    @Override
    public List<AnnualFee> ofMember(OrganisationNumber member) {
      return locked(() -> fees.values().stream().filter(f -> f.member().equals(member)).toList());
    }

    @Override
    public Stream<AnnualFee> stream() {
      return locked(() -> List.copyOf(fees.values())).stream();
    }
  }

  private final class MemoryPayments implements Payments {
    @Override
    public boolean record(Payment payment) {
      return recordAll(List.of(payment)).added() == 1;
    }

    @Override
    public Saved recordAll(Collection<Payment> batch) {
      return locked(
          () -> {
            batch.forEach(payment -> requireMember(payment.member()));
            int added = 0;
            int unchanged = 0;
            for (Payment payment : new LinkedHashSet<>(batch)) {
              if (payments.add(payment)) {
                added++;
              } else {
                unchanged++;
              }
            }
            return new Saved(added, 0, unchanged);
          });
    }

    @Override
    public List<Payment> ofYear(Year year) {
      return locked(() -> payments.stream().filter(p -> p.year().equals(year)).toList());
    }

    @Override
    public List<Payment> ofMember(OrganisationNumber member) {
      return locked(() -> payments.stream().filter(p -> p.member().equals(member)).toList());
    }

    @Override
    public Stream<Payment> stream() {
      return locked(() -> List.copyOf(payments)).stream();
    }
  }

  // like a foreign key: fees and payments belong to a stored member
  private void requireMember(OrganisationNumber member) {
    if (!members.containsKey(member)) {
      throw new NotFoundException("member", member.value());
    }
  }

  /** The number of members held; for tests that check nothing was written. */
  public int memberCount() {
    return locked(() -> members.size());
  }
}
