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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.DecideTrainingCommand;
import se.westum.consortium.application.port.in.DeliverTrainingCommand;
import se.westum.consortium.application.port.in.EvaluateTrainingCommand;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.in.NeedsReport;
import se.westum.consortium.application.port.in.RecordTrainingCommand;
import se.westum.consortium.application.port.in.RecordVisitCommand;
import se.westum.consortium.application.port.in.TrainingDataset;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.port.out.Transactions;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.QuorumPolicy;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.training.ApprovalFacts;
import se.westum.consortium.domain.training.BrokerId;
import se.westum.consortium.domain.training.Company;
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.CompetenceBroker;
import se.westum.consortium.domain.training.ComplianceReport;
import se.westum.consortium.domain.training.FocusArea;
import se.westum.consortium.domain.training.IndicatorFeed;
import se.westum.consortium.domain.training.Need;
import se.westum.consortium.domain.training.NeedTopic;
import se.westum.consortium.domain.training.NeedsAnalysis;
import se.westum.consortium.domain.training.ParticipantCount;
import se.westum.consortium.domain.training.ProjectQuota;
import se.westum.consortium.domain.training.Quota;
import se.westum.consortium.domain.training.RecordCountPolicy;
import se.westum.consortium.domain.training.RecordSource;
import se.westum.consortium.domain.training.Sector;
import se.westum.consortium.domain.training.SectorId;
import se.westum.consortium.domain.training.SurveyAnswer;
import se.westum.consortium.domain.training.SurveyMapping;
import se.westum.consortium.domain.training.TopicId;
import se.westum.consortium.domain.training.Training;
import se.westum.consortium.domain.training.TrainingFacts;
import se.westum.consortium.domain.training.TrainingId;
import se.westum.consortium.domain.training.TrainingPlan;
import se.westum.consortium.domain.training.TrainingRules;
import se.westum.consortium.domain.training.TrainingStatus;
import se.westum.consortium.domain.training.VisitId;
import se.westum.consortium.domain.training.VisitPolicy;
import se.westum.consortium.domain.training.Vocabulary;

/**
 * Needs-based training: each record kind has one check method that its record use case and the
 * import run alike; the needs analysis and the compliance report are computed from the stored
 * records by the domain's {@link NeedsAnalysis} and {@link TrainingRules}.
 */
final class TrainingService implements se.westum.consortium.application.port.in.Training {

  private final Storage storage;
  private final Transactions transactions;
  private final CommandValidator validator;
  private final Writes writes;
  private final VisitPolicy visitPolicy = new VisitPolicy();
  private final QuorumPolicy quorum = new QuorumPolicy();
  private final RecordCountPolicy counts = new RecordCountPolicy();

  TrainingService(Storage storage, CommandValidator validator, Writes writes) {
    this.writes = writes;
    this.storage = storage;
    this.transactions = storage.transactions();
    this.validator = validator;
  }

  @Override
  public Vocabulary recordTopics(String project, List<NeedTopic> topics) {
    ProjectId id = new ProjectId(project);
    return writes.record(
        "need-topics",
        project,
        () -> storedVocabulary(id).filter(v -> !v.topics().isEmpty()),
        () -> {
          Vocabulary vocabulary =
              new Vocabulary(
                  id, topics, storedVocabulary(id).map(Vocabulary::sectors).orElse(List.of()));
          return savedVocabulary(vocabulary);
        });
  }

  @Override
  public Vocabulary recordSectors(String project, List<Sector> sectors) {
    ProjectId id = new ProjectId(project);
    return writes.record(
        "sectors",
        project,
        () -> storedVocabulary(id).filter(v -> !v.sectors().isEmpty()),
        () -> {
          Vocabulary vocabulary =
              new Vocabulary(
                  id, storedVocabulary(id).map(Vocabulary::topics).orElse(List.of()), sectors);
          return savedVocabulary(vocabulary);
        });
  }

  @Override
  public Vocabulary recordVocabulary(Vocabulary vocabulary) {
    return transactions.inTransaction(() -> savedVocabulary(vocabulary));
  }

  private Optional<Vocabulary> storedVocabulary(ProjectId project) {
    new Checks().project("project", project);
    return storage.vocabularies().find(project);
  }

  private Vocabulary savedVocabulary(Vocabulary vocabulary) {
    new Checks().vocabulary(vocabulary);
    storage.vocabularies().saveAll(List.of(vocabulary));
    return vocabulary;
  }

  @Override
  public CompetenceBroker recordBroker(CompetenceBroker broker) {
    return recorded(
        "broker",
        broker,
        broker.id().value(),
        () -> storage.brokers().find(broker.id()),
        new Checks()::broker,
        storage.brokers()::saveAll);
  }

  @Override
  public FocusArea recordFocusArea(FocusArea area) {
    return recorded(
        "focus-area",
        area,
        area.project().value() + "/" + area.topic().value(),
        () ->
            storage.focusAreas().ofProject(area.project()).stream()
                .filter(stored -> stored.topic().equals(area.topic()))
                .findFirst(),
        new Checks()::focusArea,
        storage.focusAreas()::saveAll);
  }

  @Override
  public SurveyMapping recordSurveyMapping(SurveyMapping mapping) {
    return recorded(
        "survey-mapping",
        mapping,
        mapping.project().value(),
        () -> storage.surveyMappings().find(mapping.project()),
        new Checks()::mapping,
        storage.surveyMappings()::saveAll);
  }

  @Override
  public SurveyAnswer recordSurveyAnswer(SurveyAnswer answer) {
    return recorded(
        "survey-answer",
        answer,
        answer.id().value(),
        () -> storage.surveyAnswers().find(answer.id()),
        new Checks()::answer,
        storage.surveyAnswers()::saveAll);
  }

  @Override
  public Optional<SurveyMapping> surveyMapping(String project) {
    return transactions.inTransaction(() -> storage.surveyMappings().find(new ProjectId(project)));
  }

  @Override
  public List<SurveyAnswer> surveyAnswers(String project) {
    return transactions.inTransaction(
        () -> {
          try (Stream<SurveyAnswer> answers =
              storage.surveyAnswers().ofProject(new ProjectId(project))) {
            return answers.toList();
          }
        });
  }

  @Override
  public Quota quota(ProjectId project) {
    return transactions.inTransaction(
        () -> {
          project(project);
          return storage.vocabularies().quota(project).orElse(Quota.DEFAULT);
        });
  }

  /**
   * One record checked by the check its import kind runs, then saved, in one transaction; over a
   * stored one only where the core replaces ({@link Writes#record}).
   */
  private <T> T recorded(
      String kind,
      T record,
      String id,
      java.util.function.Supplier<? extends Optional<?>> stored,
      java.util.function.Consumer<T> check,
      java.util.function.Function<List<T>, ?> save) {
    java.util.Objects.requireNonNull(record, kind);
    return writes.record(
        kind,
        id,
        stored,
        () -> {
          check.accept(record);
          save.apply(List.of(record));
          return record;
        });
  }

  @Override
  public Training recordParticipants(String training, List<ParticipantCount> participants) {
    List<ParticipantCount> copy = List.copyOf(participants);
    return writes.record(
        "participants",
        training,
        () ->
            storage
                .trainings()
                .find(new TrainingId(training))
                .filter(t -> !t.participants().isEmpty()),
        () -> moved(training, t -> t.withParticipants(copy), null));
  }

  @Override
  public Optional<Vocabulary> vocabulary(String project) {
    return transactions.inTransaction(() -> storage.vocabularies().find(new ProjectId(project)));
  }

  @Override
  public List<CompetenceBroker> brokers(String project) {
    return transactions.inTransaction(() -> storage.brokers().ofProject(new ProjectId(project)));
  }

  @Override
  public Optional<CompetenceBroker> broker(String id) {
    return transactions.inTransaction(() -> storage.brokers().find(new BrokerId(id)));
  }

  @Override
  public List<CompanyVisit> visits(String project) {
    return transactions.inTransaction(
        () -> {
          try (Stream<CompanyVisit> visits =
              storage.companyVisits().ofProject(new ProjectId(project))) {
            return visits.toList();
          }
        });
  }

  @Override
  public Optional<CompanyVisit> visit(String id) {
    return transactions.inTransaction(() -> storage.companyVisits().find(new VisitId(id)));
  }

  @Override
  public List<FocusArea> focusAreas(String project) {
    return transactions.inTransaction(() -> storage.focusAreas().ofProject(new ProjectId(project)));
  }

  @Override
  public List<Training> trainings(String project) {
    return transactions.inTransaction(() -> storage.trainings().ofProject(new ProjectId(project)));
  }

  @Override
  public Optional<Training> training(String id) {
    return transactions.inTransaction(() -> storage.trainings().find(new TrainingId(id)));
  }

  @Override
  public CompanyVisit recordVisit(RecordVisitCommand command) {
    return recordVisit(command, partner -> {});
  }

  @Override
  public CompanyVisit recordVisit(RecordVisitCommand command, Consumer<Optional<Partner>> guard) {
    java.util.Objects.requireNonNull(guard, "guard");
    validator.validate(command);
    List<Need> needs =
        Optional.ofNullable(command.needs()).orElse(List.of()).stream()
            .map(n -> new Need(new TopicId(n.topic()), n.priority()))
            .toList();
    CompanyVisit visit =
        new CompanyVisit(
            new VisitId(command.id()),
            new ProjectId(command.project()),
            new BrokerId(command.broker()),
            command.date(),
            new Company(OrganisationNumber.parse(command.companyNumber()), command.companyName()),
            new SectorId(command.sector()),
            command.employees(),
            Optional.ofNullable(command.advice()),
            needs);
    return writes.record(
        "company-visit",
        visit.id().value(),
        () -> storage.companyVisits().find(visit.id()),
        () -> {
          guard.accept(partnerOfBroker(visit.broker()));
          storage
              .companyVisits()
              .find(visit.id())
              .ifPresent(stored -> guard.accept(partnerOfBroker(stored.broker())));
          new Checks().visit(visit);
          storage.companyVisits().saveAll(List.of(visit));
          return visit;
        });
  }

  @Override
  public Training recordTraining(RecordTrainingCommand command) {
    return recordTraining(command, partner -> {});
  }

  @Override
  public Training recordTraining(RecordTrainingCommand command, Consumer<Optional<Partner>> guard) {
    java.util.Objects.requireNonNull(guard, "guard");
    validator.validate(command);
    TrainingPlan plan =
        new TrainingPlan(
            new TrainingId(command.id()),
            new ProjectId(command.project()),
            command.title(),
            command.kind(),
            new TreeSet<>(command.topics().stream().map(TopicId::new).toList()),
            new TreeSet<>(command.targetSectors().stream().map(SectorId::new).toList()),
            command.targetSizes(),
            new PartnerId(command.partner()),
            command.mode(),
            command.transnational(),
            new TreeSet<>(command.openTo()),
            command.plannedOn(),
            Optional.ofNullable(command.goal()).map(GoalId::new));
    Training proposed = Training.propose(plan);
    return writes.record(
        "training",
        plan.id().value(),
        () -> storage.trainings().find(plan.id()),
        () -> {
          guard.accept(partnerOf(plan.partner(), plan.project()));
          Optional<Training> stored = storage.trainings().find(plan.id());
          stored.ifPresent(t -> guard.accept(partnerOf(t.plan().partner(), t.plan().project())));
          if (stored.isPresent() && stored.get().status() != TrainingStatus.PROPOSED) {
            throw new ConflictException(
                ImportRun.DUPLICATE_ID,
                "training "
                    + plan.id()
                    + " is "
                    + stored.get().status()
                    + "; only a proposed training's plan can be recorded again");
          }
          new Checks().training(proposed);
          storage.trainings().saveAll(List.of(proposed));
          return proposed;
        });
  }

  @Override
  public Training approve(DecideTrainingCommand command) {
    validator.validate(command);
    DecisionId decision = DecisionId.parse(command.decision());
    return moved(command.training(), t -> t.approve(decision), decision);
  }

  @Override
  public Training reject(DecideTrainingCommand command) {
    validator.validate(command);
    DecisionId decision = DecisionId.parse(command.decision());
    return moved(command.training(), t -> t.reject(decision), decision);
  }

  @Override
  public Training deliver(DeliverTrainingCommand command) {
    validator.validate(command);
    List<ParticipantCount> participants =
        command.participants().stream()
            .map(p -> new ParticipantCount(p.organisation(), p.country(), p.count()))
            .toList();
    return moved(command.training(), t -> t.deliver(command.deliveredOn(), participants), null);
  }

  @Override
  public Training evaluate(EvaluateTrainingCommand command) {
    validator.validate(command);
    return moved(
        command.training(),
        t -> t.evaluate(command.score(), Optional.ofNullable(command.comment())),
        null);
  }

  private Training moved(
      String id, java.util.function.UnaryOperator<Training> move, DecisionId decision) {
    TrainingId trainingId = new TrainingId(id);
    return transactions.inTransaction(
        () -> {
          Training stored =
              storage
                  .trainings()
                  .find(trainingId)
                  .orElseThrow(() -> new NotFoundException("training", trainingId.value()));
          Training next = move.apply(stored);
          if (decision != null) {
            new Checks().decision("decision", decision);
          }
          storage.trainings().saveAll(List.of(next));
          return next;
        });
  }

  @Override
  public Quota setQuota(ProjectId id, Quota quota) {
    java.util.Objects.requireNonNull(quota, "quota");
    return writes.record(
        "quota",
        id.value(),
        () -> storage.vocabularies().quota(id),
        () -> {
          project(id);
          storage.vocabularies().saveQuota(id, quota);
          return quota;
        });
  }

  @Override
  public NeedsReport needs(ProjectId project, LocalDate at) {
    return transactions.inTransaction(
        () -> {
          Records records = records(project(project).id());
          NeedsAnalysis analysis = records.analysis(at);
          List<Finding> indicators = new ArrayList<>();
          for (Indicator indicator : storage.indicators().ofProject(records.project())) {
            storage
                .indicatorFeeds()
                .find(indicator.id())
                .map(IndicatorFeed::source)
                .ifPresent(
                    source ->
                        indicators.add(
                            counts.assess(indicator, source, at, records.counter(source))));
          }
          return new NeedsReport(analysis, analysis.focusAreas(records.focusAreas()), indicators);
        });
  }

  @Override
  public ComplianceReport compliance(ProjectId project, LocalDate at) {
    return transactions.inTransaction(
        () -> {
          Project stored = project(project);
          Records records = records(stored.id());
          List<Partner> partners = storage.partners().ofProject(stored.id());
          Quota quota = storage.vocabularies().quota(stored.id()).orElse(Quota.DEFAULT);
          List<BoardTerm> terms = storage.boardTerms().all();
          Map<DecisionId, ApprovalFacts> decisions = new HashMap<>();
          for (Training t : records.trainings()) {
            t.decision()
                .filter(d -> !decisions.containsKey(d))
                .ifPresent(
                    d ->
                        storage
                            .meetings()
                            .find(d.meeting())
                            .ifPresent(
                                m ->
                                    decisions.put(
                                        d,
                                        ApprovalFacts.of(
                                            d, m, quorum.admitsDecisionAt(m, terms)))));
          }
          TrainingFacts facts =
              TrainingFacts.of(
                  records.vocabulary(),
                  records.analysis(at),
                  records.focusAreas(),
                  partners,
                  decisions);
          return TrainingRules.compliance(stored, partners, quota, at, records.trainings(), facts);
        });
  }

  /** The training records of one project, read once for a report. */
  private record Records(
      ProjectId project,
      Vocabulary vocabulary,
      List<CompanyVisit> visits,
      List<SurveyAnswer> answers,
      List<FocusArea> focusAreas,
      List<Training> trainings,
      Storage storage) {

    NeedsAnalysis analysis(LocalDate at) {
      return NeedsAnalysis.of(vocabulary, at, visits, answers);
    }

    ToLongFunction<LocalDate> counter(RecordSource source) {
      return switch (source) {
        case COMPANY_VISITS -> d -> RecordSource.visits(visits, d);
        case SURVEY_ANSWERS -> d -> RecordSource.answers(answers, d);
        case TRAINING_PARTICIPANTS -> d -> RecordSource.participants(trainings, d);
        case DISTINCT_PEOPLE_AT_EVENTS -> {
          List<Event> events;
          try (Stream<Event> all = storage.events().stream()) {
            events = all.toList();
          }
          yield d -> RecordSource.distinctPeople(events, d);
        }
      };
    }
  }

  private Records records(ProjectId project) {
    List<CompanyVisit> visits;
    try (Stream<CompanyVisit> s = storage.companyVisits().ofProject(project)) {
      visits = s.toList();
    }
    List<SurveyAnswer> answers;
    try (Stream<SurveyAnswer> s = storage.surveyAnswers().ofProject(project)) {
      answers = s.toList();
    }
    return new Records(
        project,
        storage.vocabularies().find(project).orElse(new Vocabulary(project, List.of(), List.of())),
        visits,
        answers,
        storage.focusAreas().ofProject(project),
        storage.trainings().ofProject(project),
        storage);
  }

  @Override
  public ImportSummary importDataset(TrainingDataset dataset) {
    return ImportRun.run(
        transactions,
        dataset,
        run -> {
          Checks checks = new Checks();
          run.kind(
              "vocabulary",
              dataset.vocabularies(),
              v -> v.project().value(),
              checks::vocabulary,
              storage.vocabularies()::saveAll);
          run.kind(
              "quota", dataset.quotas(), q -> q.project().value(), checks::quota, this::saveQuotas);
          run.kind(
              "survey-mapping",
              dataset.surveyMappings(),
              m -> m.project().value(),
              checks::mapping,
              storage.surveyMappings()::saveAll);
          run.kind(
              "broker",
              dataset.brokers(),
              b -> b.id().value(),
              checks::broker,
              storage.brokers()::saveAll);
          run.kind(
              "company-visit",
              dataset.companyVisits(),
              v -> v.id().value(),
              checks::visit,
              storage.companyVisits()::saveAll);
          run.kind(
              "survey-answer",
              dataset.surveyAnswers(),
              a -> a.project().value() + "/" + a.id().value(),
              checks::answer,
              storage.surveyAnswers()::saveAll);
          run.kind(
              "focus-area",
              dataset.focusAreas(),
              f -> f.project().value() + "/" + f.topic().value(),
              checks::focusArea,
              storage.focusAreas()::saveAll);
          run.kind(
              "training",
              dataset.trainings(),
              t -> t.id().value(),
              checks::training,
              storage.trainings()::saveAll);
          run.kind(
              "indicator-feed",
              dataset.indicatorFeeds(),
              f -> f.indicator().value(),
              checks::feed,
              storage.indicatorFeeds()::saveAll);
        });
  }

  @Override
  public TrainingDataset export() {
    return new TrainingDataset() {
      @Override
      public Stream<Vocabulary> vocabularies() {
        return storage.vocabularies().stream();
      }

      @Override
      public Stream<SurveyMapping> surveyMappings() {
        return storage.surveyMappings().stream();
      }

      @Override
      public Stream<CompetenceBroker> brokers() {
        return storage.brokers().stream();
      }

      @Override
      public Stream<CompanyVisit> companyVisits() {
        return storage.companyVisits().stream();
      }

      @Override
      public Stream<SurveyAnswer> surveyAnswers() {
        return storage.surveyAnswers().stream();
      }

      @Override
      public Stream<FocusArea> focusAreas() {
        return storage.focusAreas().stream();
      }

      @Override
      public Stream<Training> trainings() {
        return storage.trainings().stream();
      }

      @Override
      public Stream<ProjectQuota> quotas() {
        return storage.projects().all().stream()
            .flatMap(
                p ->
                    storage
                        .vocabularies()
                        .quota(p.id())
                        .map(q -> new ProjectQuota(p.id(), q))
                        .stream());
      }

      @Override
      public Stream<IndicatorFeed> indicatorFeeds() {
        return storage.indicatorFeeds().all().stream();
      }
    };
  }

  /** The partner a stored broker works for; empty for a broker or partner not stored. */
  private Optional<Partner> partnerOfBroker(BrokerId broker) {
    return storage.brokers().find(broker).flatMap(b -> partnerOf(b.partner(), b.project()));
  }

  /** The stored partner of the project; empty when not stored or of another project. */
  private Optional<Partner> partnerOf(PartnerId partner, ProjectId project) {
    return storage.partners().find(partner).filter(p -> p.project().equals(project));
  }

  /** Stores the quotas of an import, counting as the other ports' {@code saveAll} count. */
  private Saved saveQuotas(List<ProjectQuota> quotas) {
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    for (ProjectQuota q : quotas) {
      Optional<Quota> stored = storage.vocabularies().quota(q.project());
      if (stored.isPresent() && stored.get().equals(q.quota())) {
        unchanged++;
        continue;
      }
      if (stored.isPresent()) {
        changed++;
      } else {
        added++;
      }
      storage.vocabularies().saveQuota(q.project(), q.quota());
    }
    return new Saved(added, changed, unchanged);
  }

  private Project project(ProjectId id) {
    return storage
        .projects()
        .find(id)
        .orElseThrow(() -> new NotFoundException("project", id.value()));
  }

  /**
   * The one check per record kind, run by the record use case and by the import alike. The
   * references it looks up are cached for its lifetime (one import or one command): records saved
   * by an earlier kind of the same import are found in storage.
   */
  private final class Checks {
    private final Map<ProjectId, Boolean> projects = new HashMap<>();
    private final Map<ProjectId, Optional<Vocabulary>> vocabularies = new HashMap<>();
    private final Map<PartnerId, Optional<Partner>> partners = new HashMap<>();
    private final Map<BrokerId, Optional<CompetenceBroker>> brokers = new HashMap<>();
    private final Map<DecisionId, Boolean> decisions = new HashMap<>();
    private final Map<GoalId, Boolean> goals = new HashMap<>();

    void vocabulary(Vocabulary vocabulary) {
      project("project", vocabulary.project());
    }

    void quota(ProjectQuota quota) {
      project("project", quota.project());
    }

    void mapping(SurveyMapping mapping) {
      project("project", mapping.project());
      mapping.checkAgainst(vocabularyOf("project", mapping.project()));
    }

    void broker(CompetenceBroker broker) {
      project("project", broker.project());
      partner("partner", broker.partner(), broker.project());
    }

    void visit(CompanyVisit visit) {
      project("project", visit.project());
      CompetenceBroker broker =
          brokers
              .computeIfAbsent(visit.broker(), b -> storage.brokers().find(b))
              .orElseThrow(
                  () -> new MissingReferenceException("broker", "broker", visit.broker().value()));
      visitPolicy.check(visit, broker, vocabularyOf("project", visit.project()));
    }

    void answer(SurveyAnswer answer) {
      project("project", answer.project());
      Vocabulary vocabulary = vocabularyOf("project", answer.project());
      vocabulary.requireSector("sector", answer.sector());
      for (int i = 0; i < answer.needs().size(); i++) {
        vocabulary.requireTopic("needs[" + i + "]", answer.needs().get(i).topic());
      }
    }

    void focusArea(FocusArea area) {
      project("project", area.project());
      vocabularyOf("project", area.project()).requireTopic("topic", area.topic());
      area.decision().ifPresent(d -> decision("decision", d));
    }

    void training(Training training) {
      TrainingPlan plan = training.plan();
      project("project", plan.project());
      partner("partner", plan.partner(), plan.project());
      Vocabulary vocabulary = vocabularyOf("project", plan.project());
      plan.topics().forEach(t -> vocabulary.requireTopic("topics", t));
      plan.targetSectors().forEach(s -> vocabulary.requireSector("targetSectors", s));
      training.decision().ifPresent(d -> decision("decision", d));
      training.goal().ifPresent(g -> goal("goal", g));
    }

    void feed(IndicatorFeed feed) {
      if (storage.indicators().find(feed.indicator()).isEmpty()) {
        throw new MissingReferenceException("indicator", "indicator", feed.indicator().value());
      }
    }

    void decision(String field, DecisionId decision) {
      if (!decisions.computeIfAbsent(decision, d -> storage.decisions().find(d).isPresent())) {
        throw new MissingReferenceException(field, "decision", decision.value());
      }
    }

    void goal(String field, GoalId goal) {
      if (!goals.computeIfAbsent(goal, g -> storage.goals().find(g).isPresent())) {
        throw new MissingReferenceException(field, "goal", goal.value());
      }
    }

    void project(String field, ProjectId project) {
      if (!projects.computeIfAbsent(project, p -> storage.projects().find(p).isPresent())) {
        throw new MissingReferenceException(field, "project", project.value());
      }
    }

    private void partner(String field, PartnerId partner, ProjectId project) {
      Optional<Partner> found = partners.computeIfAbsent(partner, p -> storage.partners().find(p));
      if (found.isEmpty() || !found.get().project().equals(project)) {
        throw new MissingReferenceException(
            field, "partner", partner.value(), "of project " + project.value());
      }
    }

    private Vocabulary vocabularyOf(String field, ProjectId project) {
      return vocabularies
          .computeIfAbsent(project, p -> storage.vocabularies().find(p))
          .orElseThrow(() -> new MissingReferenceException(field, "vocabulary", project.value()));
    }
  }
}
