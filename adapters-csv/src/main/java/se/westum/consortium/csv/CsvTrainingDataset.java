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
package se.westum.consortium.csv;

import static se.westum.consortium.csv.DatasetFile.BROKERS;
import static se.westum.consortium.csv.DatasetFile.COMPANY_VISITS;
import static se.westum.consortium.csv.DatasetFile.FOCUS_AREAS;
import static se.westum.consortium.csv.DatasetFile.NEED_TOPICS;
import static se.westum.consortium.csv.DatasetFile.SECTORS;
import static se.westum.consortium.csv.DatasetFile.SURVEY_ANSWERS;
import static se.westum.consortium.csv.DatasetFile.SURVEY_MAPPING;
import static se.westum.consortium.csv.DatasetFile.TRAININGS;
import static se.westum.consortium.csv.DatasetFile.TRAINING_PARTICIPANTS;
import static se.westum.consortium.csv.DatasetFile.VISIT_NEEDS;

import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.TrainingDataset;
import se.westum.consortium.csv.TrainingRows.NeedRow;
import se.westum.consortium.csv.TrainingRows.ParticipantRow;
import se.westum.consortium.domain.shared.RefusedRecord;
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.CompetenceBroker;
import se.westum.consortium.domain.training.FocusArea;
import se.westum.consortium.domain.training.Need;
import se.westum.consortium.domain.training.ParticipantCount;
import se.westum.consortium.domain.training.SurveyAnswer;
import se.westum.consortium.domain.training.SurveyMapping;
import se.westum.consortium.domain.training.Training;
import se.westum.consortium.domain.training.TrainingId;
import se.westum.consortium.domain.training.VisitId;
import se.westum.consortium.domain.training.Vocabulary;

/**
 * Pass 2 of a training import: a dataset that pass 1 found valid, whose streams read the files
 * again when they are consumed. Company visits and survey answers stream one row at a time; a
 * visit's needs and a training's participants (small child files) are joined in memory. Refusals of
 * the core are placed at their file, line and column by the {@link Locator}.
 */
final class CsvTrainingDataset implements TrainingDataset {

  private static final Pattern NTH = Pattern.compile("needs\\[(\\d+)]");

  private final ObjectReader rowReader;
  private final Path directory;
  private final Set<DatasetFile> present;
  private final DatasetStreams files;

  CsvTrainingDataset(
      ObjectReader rowReader, CsvDialect dialect, Path directory, Set<DatasetFile> present) {
    this.rowReader = rowReader;
    this.directory = directory;
    this.present = Set.copyOf(present);
    this.files = new DatasetStreams(rowReader, dialect, directory, present);
  }

  private TrainingSettings settings() {
    TrainingSettings settings = new TrainingSettings();
    try (Stream<TrainingRows.TopicRow> rows = files.stream(NEED_TOPICS, TrainingRows::topic)) {
      rows.forEach(settings::add);
    }
    try (Stream<TrainingRows.SectorRow> rows = files.stream(SECTORS, TrainingRows::sector)) {
      rows.forEach(settings::add);
    }
    try (Stream<TrainingRows.MappingRow> rows =
        files.stream(SURVEY_MAPPING, TrainingRows::mapping)) {
      rows.forEach(settings::add);
    }
    return settings;
  }

  @Override
  public Stream<Vocabulary> vocabularies() {
    return DatasetStreams.lazily(() -> settings().vocabularies().stream());
  }

  @Override
  public Stream<se.westum.consortium.domain.training.ProjectQuota> quotas() {
    return files.stream(DatasetFile.TRAINING_QUOTAS, TrainingRows::quota);
  }

  @Override
  public Stream<SurveyMapping> surveyMappings() {
    return DatasetStreams.lazily(() -> settings().mappings().stream());
  }

  @Override
  public Stream<CompetenceBroker> brokers() {
    return files.stream(BROKERS, TrainingRows::broker);
  }

  @Override
  public Stream<CompanyVisit> companyVisits() {
    return DatasetStreams.lazily(
        () -> {
          Map<VisitId, List<Need>> needs =
              files.grouped(VISIT_NEEDS, TrainingRows::need, NeedRow::visit, NeedRow::need);
          return files.stream(COMPANY_VISITS, TrainingRows::visit)
              .map(v -> withNeeds(v, needs.getOrDefault(v.id(), List.of())));
        });
  }

  @Override
  public Stream<SurveyAnswer> surveyAnswers() {
    if (!present.contains(SURVEY_ANSWERS)) {
      return Stream.empty();
    }
    return DatasetStreams.lazily(
        () -> {
          TrainingSettings settings = settings();
          SurveyMapping mapping = settings.mappings().get(0);
          return SurveyFile.answers(
              rowReader, directory, mapping, settings.vocabulary(mapping.project()));
        });
  }

  @Override
  public Stream<FocusArea> focusAreas() {
    return files.stream(FOCUS_AREAS, TrainingRows::focusArea);
  }

  @Override
  public Stream<Training> trainings() {
    return DatasetStreams.lazily(
        () -> {
          Map<TrainingId, List<ParticipantCount>> participants =
              files.grouped(
                  TRAINING_PARTICIPANTS,
                  TrainingRows::participant,
                  ParticipantRow::training,
                  ParticipantRow::participants);
          return files.stream(TRAININGS, TrainingRows::training)
              .map(t -> t.with(participants.getOrDefault(t.plan().id(), List.of())));
        });
  }

  @Override
  public Stream<se.westum.consortium.domain.training.IndicatorFeed> indicatorFeeds() {
    return files.stream(DatasetFile.INDICATOR_FEEDS, TrainingRows::feed);
  }

  @Override
  public List<RefusedRecord> locate(List<RefusedRecord> refused) {
    return new Locator(rowReader, directory).locate(refused, this::spot);
  }

  private Optional<Locator.Spot> spot(RefusedRecord r) {
    return switch (r.kind()) {
      case "vocabulary" ->
          Optional.of(Locator.Spot.keyed(NEED_TOPICS, Column.PROJECT, r.id(), 1, Column.PROJECT));
      case "survey-mapping" ->
          Optional.of(
              Locator.Spot.keyed(
                  SURVEY_MAPPING,
                  Column.PROJECT,
                  r.id(),
                  1,
                  "target".equals(r.field()) ? Column.TARGET : Column.PROJECT));
      case "quota" ->
          Optional.of(Locator.Spot.nth(DatasetFile.TRAINING_QUOTAS, r.ordinal(), Column.PROJECT));
      case "broker" -> Optional.of(Locator.Spot.nth(BROKERS, r.ordinal(), column(BROKERS, r)));
      case "company-visit" -> visitSpot(r);
      case "survey-answer" -> Optional.of(Locator.Spot.nth(SURVEY_ANSWERS, r.ordinal(), null));
      case "focus-area" ->
          Optional.of(Locator.Spot.nth(FOCUS_AREAS, r.ordinal(), column(FOCUS_AREAS, r)));
      case "training" ->
          Optional.of(Locator.Spot.nth(TRAININGS, r.ordinal(), column(TRAININGS, r)));
      case "indicator-feed" ->
          Optional.of(Locator.Spot.nth(DatasetFile.INDICATOR_FEEDS, r.ordinal(), Column.INDICATOR));
      default -> Optional.empty();
    };
  }

  private static Optional<Locator.Spot> visitSpot(RefusedRecord r) {
    Matcher need = NTH.matcher(r.field());
    if (need.matches()) {
      return Optional.of(
          Locator.Spot.keyed(
              VISIT_NEEDS, Column.VISIT, r.id(), Long.parseLong(need.group(1)) + 1, Column.TOPIC));
    }
    return Optional.of(Locator.Spot.nth(COMPANY_VISITS, r.ordinal(), column(COMPANY_VISITS, r)));
  }

  private static Column column(DatasetFile file, RefusedRecord r) {
    return Column.inFile(file, r.field()).orElse(null);
  }

  private static CompanyVisit withNeeds(CompanyVisit visit, List<Need> needs) {
    return new CompanyVisit(
        visit.id(),
        visit.project(),
        visit.broker(),
        visit.date(),
        visit.company(),
        visit.sector(),
        visit.employees(),
        visit.advice(),
        needs);
  }
}
