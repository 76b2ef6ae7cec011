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

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import se.westum.consortium.application.port.out.Brokers;
import se.westum.consortium.application.port.out.CompanyVisits;
import se.westum.consortium.application.port.out.FocusAreas;
import se.westum.consortium.application.port.out.IndicatorFeeds;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.port.out.SurveyAnswers;
import se.westum.consortium.application.port.out.SurveyMappings;
import se.westum.consortium.application.port.out.Trainings;
import se.westum.consortium.application.port.out.Vocabularies;
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.training.BrokerId;
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.CompetenceBroker;
import se.westum.consortium.domain.training.FocusArea;
import se.westum.consortium.domain.training.IndicatorFeed;
import se.westum.consortium.domain.training.Quota;
import se.westum.consortium.domain.training.SurveyAnswer;
import se.westum.consortium.domain.training.SurveyAnswerId;
import se.westum.consortium.domain.training.SurveyMapping;
import se.westum.consortium.domain.training.Training;
import se.westum.consortium.domain.training.TrainingId;
import se.westum.consortium.domain.training.VisitId;
import se.westum.consortium.domain.training.Vocabulary;

/**
 * The needs-based training ports of {@link InMemoryStorage}: the same contract ({@code
 * TrainingStorageContract}) as the JDBC adapter. Each record names a stored project, checked as a
 * database's foreign key would be; the shared lock and snapshots of {@link InMemoryStorage} make
 * them transactional. Its tables are {@link MemoryTable}s, as the other ports' are.
 */
final class InMemoryTraining {

  private final ReentrantLock lock;
  private final Function<ProjectId, Boolean> projectStored;

  private final MemoryTable<ProjectId, Vocabulary> vocabularyTable =
      new MemoryTable<>(Vocabulary::project, Comparator.comparing(Vocabulary::project));
  private final MemoryTable<ProjectId, Quota> quotaTable = new MemoryTable<>(null, null);
  private final MemoryTable<ProjectId, SurveyMapping> mappingTable =
      new MemoryTable<>(SurveyMapping::project, Comparator.comparing(SurveyMapping::project));
  private final MemoryTable<BrokerId, CompetenceBroker> brokerTable =
      new MemoryTable<>(CompetenceBroker::id, Comparator.comparing(CompetenceBroker::id));
  private final MemoryTable<VisitId, CompanyVisit> visitTable =
      new MemoryTable<>(CompanyVisit::id, Comparator.comparing(CompanyVisit::id));
  private final MemoryTable<String, SurveyAnswer> answerTable =
      new MemoryTable<>(
          a -> a.project().value() + "/" + a.id().value(),
          Comparator.comparing(SurveyAnswer::project).thenComparing(SurveyAnswer::id));
  private final MemoryTable<String, FocusArea> areaTable =
      new MemoryTable<>(
          f -> f.project().value() + "/" + f.topic().value(),
          Comparator.comparing(FocusArea::project).thenComparing(FocusArea::topic));
  private final MemoryTable<TrainingId, Training> trainingTable =
      new MemoryTable<>(Training::id, Comparator.comparing(Training::id));
  private final MemoryTable<IndicatorId, IndicatorFeed> feedTable =
      new MemoryTable<>(IndicatorFeed::indicator, Comparator.comparing(IndicatorFeed::indicator));
  private final List<MemoryTable<?, ?>> tables =
      List.of(
          vocabularyTable,
          quotaTable,
          mappingTable,
          brokerTable,
          visitTable,
          answerTable,
          areaTable,
          trainingTable,
          feedTable);

  InMemoryTraining(ReentrantLock lock, Function<ProjectId, Boolean> projectStored) {
    this.lock = lock;
    this.projectStored = projectStored;
  }

  void snapshot() {
    tables.forEach(MemoryTable::snapshot);
  }

  void restore() {
    tables.forEach(MemoryTable::restore);
  }

  Vocabularies vocabularies() {
    return new Vocabularies() {
      @Override
      public Optional<Vocabulary> find(ProjectId project) {
        return locked(() -> vocabularyTable.find(project));
      }

      @Override
      public Saved saveAll(Collection<Vocabulary> vocabularies) {
        return save(vocabularyTable, vocabularies, Vocabulary::project);
      }

      @Override
      public Optional<Quota> quota(ProjectId project) {
        return locked(() -> quotaTable.find(project));
      }

      @Override
      public void saveQuota(ProjectId project, Quota quota) {
        locked(
            () -> {
              requireProject(project);
              quotaTable.put(project, quota);
              return null;
            });
      }

      @Override
      public Stream<Vocabulary> stream() {
        return locked(vocabularyTable::all).stream();
      }
    };
  }

  SurveyMappings surveyMappings() {
    return new SurveyMappings() {
      @Override
      public Optional<SurveyMapping> find(ProjectId project) {
        return locked(() -> mappingTable.find(project));
      }

      @Override
      public Saved saveAll(Collection<SurveyMapping> mappings) {
        return save(mappingTable, mappings, SurveyMapping::project);
      }

      @Override
      public Stream<SurveyMapping> stream() {
        return locked(mappingTable::all).stream();
      }
    };
  }

  Brokers brokers() {
    return new Brokers() {
      @Override
      public Optional<CompetenceBroker> find(BrokerId id) {
        return locked(() -> brokerTable.find(id));
      }

      @Override
      public List<CompetenceBroker> ofProject(ProjectId project) {
        return locked(() -> brokerTable.of(b -> b.project().equals(project)));
      }

      @Override
      public Saved saveAll(Collection<CompetenceBroker> records) {
        return save(brokerTable, records, CompetenceBroker::project);
      }

      @Override
      public Stream<CompetenceBroker> stream() {
        return locked(brokerTable::all).stream();
      }
    };
  }

  CompanyVisits companyVisits() {
    return new CompanyVisits() {
      @Override
      public Optional<CompanyVisit> find(VisitId id) {
        return locked(() -> visitTable.find(id));
      }

      @Override
      public Stream<CompanyVisit> ofProject(ProjectId project) {
        return locked(() -> visitTable.of(v -> v.project().equals(project))).stream();
      }

      @Override
      public Saved saveAll(Collection<CompanyVisit> records) {
        return save(visitTable, records, CompanyVisit::project);
      }

      @Override
      public Stream<CompanyVisit> stream() {
        return locked(visitTable::all).stream();
      }
    };
  }

  SurveyAnswers surveyAnswers() {
    return new SurveyAnswers() {
      @Override
      public Optional<SurveyAnswer> find(SurveyAnswerId id) {
        return locked(() -> answerTable.of(a -> a.id().equals(id)).stream().findFirst());
      }

      @Override
      public Stream<SurveyAnswer> ofProject(ProjectId project) {
        return locked(() -> answerTable.of(a -> a.project().equals(project))).stream();
      }

      @Override
      public Saved saveAll(Collection<SurveyAnswer> records) {
        return save(answerTable, records, SurveyAnswer::project);
      }

      @Override
      public Stream<SurveyAnswer> stream() {
        return locked(answerTable::all).stream();
      }
    };
  }

  FocusAreas focusAreas() {
    return new FocusAreas() {
      @Override
      public List<FocusArea> ofProject(ProjectId project) {
        return locked(() -> areaTable.of(f -> f.project().equals(project)));
      }

      @Override
      public Saved saveAll(Collection<FocusArea> areas) {
        return save(areaTable, areas, FocusArea::project);
      }

      @Override
      public Stream<FocusArea> stream() {
        return locked(areaTable::all).stream();
      }
    };
  }

  Trainings trainings() {
    return new Trainings() {
      @Override
      public Optional<Training> find(TrainingId id) {
        return locked(() -> trainingTable.find(id));
      }

      @Override
      public List<Training> ofProject(ProjectId project) {
        return locked(() -> trainingTable.of(t -> t.plan().project().equals(project)));
      }

      @Override
      public Saved saveAll(Collection<Training> records) {
        return save(trainingTable, records, t -> t.plan().project());
      }

      @Override
      public Stream<Training> stream() {
        return locked(trainingTable::all).stream();
      }
    };
  }

  IndicatorFeeds indicatorFeeds() {
    return new IndicatorFeeds() {
      @Override
      public Optional<IndicatorFeed> find(IndicatorId indicator) {
        return locked(() -> feedTable.find(indicator));
      }

      @Override
      public List<IndicatorFeed> all() {
        return locked(feedTable::all);
      }

      @Override
      public Saved saveAll(Collection<IndicatorFeed> feeds) {
        return save(feedTable, feeds, null);
      }
    };
  }

  private <K, V> Saved save(
      MemoryTable<K, V> table, Collection<V> records, Function<V, ProjectId> of) {
    return locked(
        () -> {
          if (of != null) {
            records.forEach(r -> requireProject(of.apply(r)));
          }
          return table.merge(records);
        });
  }

  private void requireProject(ProjectId project) {
    if (!projectStored.apply(project)) {
      throw new NotFoundException("project", project.value());
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
}
