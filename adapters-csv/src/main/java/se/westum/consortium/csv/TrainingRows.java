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

import static se.westum.consortium.csv.Column.ADVICE;
import static se.westum.consortium.csv.Column.BROKER;
import static se.westum.consortium.csv.Column.CHOSEN_ON;
import static se.westum.consortium.csv.Column.COMMENT;
import static se.westum.consortium.csv.Column.COMPANY_NAME;
import static se.westum.consortium.csv.Column.COMPANY_NUMBER;
import static se.westum.consortium.csv.Column.COUNT;
import static se.westum.consortium.csv.Column.COUNTRY;
import static se.westum.consortium.csv.Column.DATE;
import static se.westum.consortium.csv.Column.DECISION;
import static se.westum.consortium.csv.Column.DELIVERED_ON;
import static se.westum.consortium.csv.Column.EMPLOYEES;
import static se.westum.consortium.csv.Column.ENDED;
import static se.westum.consortium.csv.Column.ID;
import static se.westum.consortium.csv.Column.MODE;
import static se.westum.consortium.csv.Column.NAME;
import static se.westum.consortium.csv.Column.OPEN_TO;
import static se.westum.consortium.csv.Column.ORGANISATION;
import static se.westum.consortium.csv.Column.PARTNER;
import static se.westum.consortium.csv.Column.PERSON;
import static se.westum.consortium.csv.Column.PLANNED_ON;
import static se.westum.consortium.csv.Column.PRIORITY;
import static se.westum.consortium.csv.Column.PROJECT;
import static se.westum.consortium.csv.Column.SCORE;
import static se.westum.consortium.csv.Column.SECTOR;
import static se.westum.consortium.csv.Column.SELECTED;
import static se.westum.consortium.csv.Column.SOURCE;
import static se.westum.consortium.csv.Column.STARTED;
import static se.westum.consortium.csv.Column.STATUS;
import static se.westum.consortium.csv.Column.TARGET;
import static se.westum.consortium.csv.Column.TARGET_SECTORS;
import static se.westum.consortium.csv.Column.TARGET_SIZES;
import static se.westum.consortium.csv.Column.TITLE;
import static se.westum.consortium.csv.Column.TOPIC;
import static se.westum.consortium.csv.Column.TOPICS;
import static se.westum.consortium.csv.Column.TRAINING;
import static se.westum.consortium.csv.Column.TRANSNATIONAL;
import static se.westum.consortium.csv.Column.VISIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.training.BrokerId;
import se.westum.consortium.domain.training.Company;
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.CompetenceBroker;
import se.westum.consortium.domain.training.DeliveryMode;
import se.westum.consortium.domain.training.FocusArea;
import se.westum.consortium.domain.training.IndicatorFeed;
import se.westum.consortium.domain.training.Need;
import se.westum.consortium.domain.training.NeedTopic;
import se.westum.consortium.domain.training.ParticipantCount;
import se.westum.consortium.domain.training.ProjectQuota;
import se.westum.consortium.domain.training.Quota;
import se.westum.consortium.domain.training.RecordSource;
import se.westum.consortium.domain.training.Sector;
import se.westum.consortium.domain.training.SectorId;
import se.westum.consortium.domain.training.SizeClass;
import se.westum.consortium.domain.training.SurveyAnswer;
import se.westum.consortium.domain.training.SurveyMapping;
import se.westum.consortium.domain.training.SurveyTarget;
import se.westum.consortium.domain.training.TopicId;
import se.westum.consortium.domain.training.Training;
import se.westum.consortium.domain.training.TrainingId;
import se.westum.consortium.domain.training.TrainingKind;
import se.westum.consortium.domain.training.TrainingPlan;
import se.westum.consortium.domain.training.TrainingStatus;
import se.westum.consortium.domain.training.VisitId;
import se.westum.consortium.domain.training.Vocabulary;

/**
 * The needs-based training files' rows to records and back. A reader returns {@code null} when a
 * cell has a problem, leaving the problem in the row; the records' constructors are the rules.
 */
final class TrainingRows {

  private static final String SEPARATOR = "|";

  private TrainingRows() {}

  /** A row of {@code need_topics.csv}. */
  record TopicRow(ProjectId project, NeedTopic topic) {}

  /** A row of {@code sectors.csv}. */
  record SectorRow(ProjectId project, Sector sector) {}

  /** A row of {@code visit_needs.csv}. */
  record NeedRow(VisitId visit, Need need) {}

  /** A row of {@code survey_mapping.csv}. */
  record MappingRow(ProjectId project, SurveyTarget target, String source) {}

  /** A row of {@code training_participants.csv}. */
  record ParticipantRow(TrainingId training, ParticipantCount participants) {}

  /** A row of {@code trainings.csv}: a training in its state, without its participants. */
  record TrainingRow(
      TrainingPlan plan,
      TrainingStatus status,
      Optional<DecisionId> decision,
      Optional<LocalDate> deliveredOn,
      Optional<Integer> score,
      Optional<String> comment) {

    /** The training with its participants. */
    Training with(List<ParticipantCount> participants) {
      return Training.of(plan, status, decision, deliveredOn, participants, score, comment);
    }
  }

  static TopicRow topic(RowCells row) {
    ProjectId project = row.id(PROJECT, ProjectId::new);
    TopicId topic = row.id(TOPIC, TopicId::new);
    String name = row.text(NAME);
    if (!row.valid()) {
      return null;
    }
    NeedTopic built = row.build(() -> new NeedTopic(topic, name));
    return built == null ? null : new TopicRow(project, built);
  }

  static SectorRow sector(RowCells row) {
    ProjectId project = row.id(PROJECT, ProjectId::new);
    SectorId sector = row.id(SECTOR, SectorId::new);
    String name = row.text(NAME);
    Boolean selected = row.bool(SELECTED);
    if (!row.valid()) {
      return null;
    }
    Sector built = row.build(() -> new Sector(sector, name, selected));
    return built == null ? null : new SectorRow(project, built);
  }

  static CompetenceBroker broker(RowCells row) {
    BrokerId id = row.id(ID, BrokerId::new);
    ProjectId project = row.id(PROJECT, ProjectId::new);
    PartnerId partner = row.id(PARTNER, PartnerId::new);
    PersonRef person = row.id(PERSON, PersonRef::new);
    LocalDate started = row.date(STARTED);
    Optional<LocalDate> ended = row.optionalDate(ENDED);
    if (!row.valid()) {
      return null;
    }
    return row.build(() -> new CompetenceBroker(id, project, partner, person, started, ended));
  }

  /** A visit without its needs (they come from {@code visit_needs.csv}). */
  static CompanyVisit visit(RowCells row) {
    VisitId id = row.id(ID, VisitId::new);
    ProjectId project = row.id(PROJECT, ProjectId::new);
    BrokerId broker = row.id(BROKER, BrokerId::new);
    LocalDate date = row.date(DATE);
    OrganisationNumber number = row.organisationNumber(COMPANY_NUMBER);
    String name = row.text(COMPANY_NAME);
    SectorId sector = row.id(SECTOR, SectorId::new);
    Integer employees = row.integer(EMPLOYEES);
    Optional<String> advice = row.filled(ADVICE) ? Optional.of(row.text(ADVICE)) : Optional.empty();
    if (!row.valid()) {
      return null;
    }
    return row.build(
        () ->
            new CompanyVisit(
                id,
                project,
                broker,
                date,
                new Company(number, name),
                sector,
                employees,
                advice,
                List.of()));
  }

  static NeedRow need(RowCells row) {
    VisitId visit = row.id(VISIT, VisitId::new);
    TopicId topic = row.id(TOPIC, TopicId::new);
    Integer priority = row.integer(PRIORITY);
    if (!row.valid()) {
      return null;
    }
    Need need = row.build(() -> new Need(topic, priority));
    return need == null ? null : new NeedRow(visit, need);
  }

  static MappingRow mapping(RowCells row) {
    ProjectId project = row.id(PROJECT, ProjectId::new);
    String target = row.plain(TARGET);
    String text = row.text(SOURCE);
    // the mapping's rule for a source, at its row: the whole mapping is built after the file
    String source = text == null ? null : row.build(() -> SurveyMapping.source(text));
    if (!row.valid()) {
      return null;
    }
    SurveyTarget parsed = row.build(() -> SurveyTarget.parse(target));
    return parsed == null ? null : new MappingRow(project, parsed, source);
  }

  static FocusArea focusArea(RowCells row) {
    ProjectId project = row.id(PROJECT, ProjectId::new);
    TopicId topic = row.id(TOPIC, TopicId::new);
    LocalDate chosen = row.date(CHOSEN_ON);
    Optional<DecisionId> decision = row.optionalId(DECISION, DecisionId::parse);
    if (!row.valid()) {
      return null;
    }
    return row.build(() -> new FocusArea(project, topic, chosen, decision));
  }

  static TrainingRow training(RowCells row) {
    TrainingId id = row.id(ID, TrainingId::new);
    ProjectId project = row.id(PROJECT, ProjectId::new);
    String title = row.text(TITLE);
    TrainingKind kind = row.choice(Column.KIND, TrainingKind.class, "training kind");
    List<String> topics = row.identifiers(TOPICS, "need topic");
    List<String> sectors = row.identifiers(TARGET_SECTORS, "sector");
    Set<SizeClass> sizes = sizes(row);
    PartnerId partner = row.id(PARTNER, PartnerId::new);
    DeliveryMode mode = row.choice(MODE, DeliveryMode.class, "delivery mode");
    Boolean transnational = row.bool(TRANSNATIONAL);
    List<String> openTo = row.texts(OPEN_TO, "country");
    LocalDate planned = row.date(PLANNED_ON);
    TrainingStatus status = row.choice(STATUS, TrainingStatus.class, "training status");
    Optional<DecisionId> decision = row.optionalId(DECISION, DecisionId::parse);
    Optional<LocalDate> delivered = row.optionalDate(DELIVERED_ON);
    Optional<Integer> score = row.optionalInteger(SCORE);
    Optional<String> comment =
        row.filled(COMMENT) ? Optional.of(row.text(COMMENT)) : Optional.empty();
    Optional<GoalId> goal = row.optionalId(Column.GOAL, GoalId::new);
    if (!row.valid() || sizes == null || openTo == null) {
      return null;
    }
    TrainingPlan plan =
        row.build(
            () ->
                new TrainingPlan(
                    id,
                    project,
                    title,
                    kind,
                    topics.stream()
                        .map(TopicId::new)
                        .collect(Collectors.toCollection(TreeSet::new)),
                    sectors.stream()
                        .map(SectorId::new)
                        .collect(Collectors.toCollection(TreeSet::new)),
                    sizes,
                    partner,
                    mode,
                    transnational,
                    new TreeSet<>(openTo),
                    planned,
                    goal));
    if (plan == null) {
      return null;
    }
    TrainingRow read = new TrainingRow(plan, status, decision, delivered, score, comment);
    // the state's parts (decision, delivery day, score) are checked now, without participants
    Training checked = row.build(() -> read.with(List.of()));
    return checked == null ? null : read;
  }

  private static Set<SizeClass> sizes(RowCells row) {
    List<String> names = row.texts(TARGET_SIZES, "size class");
    if (names == null) {
      return null;
    }
    Set<SizeClass> sizes = EnumSet.noneOf(SizeClass.class);
    for (String name : names) {
      try {
        sizes.add(SizeClass.valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        return row.problem(
            TARGET_SIZES, "'" + name + "' is not a size class; use MICRO, SMALL, MEDIUM or LARGE");
      }
    }
    return sizes;
  }

  static ParticipantRow participant(RowCells row) {
    TrainingId training = row.id(TRAINING, TrainingId::new);
    String organisation = row.text(ORGANISATION);
    String country = row.plain(COUNTRY);
    Integer count = row.integer(COUNT);
    if (!row.valid()) {
      return null;
    }
    ParticipantCount built = row.build(() -> new ParticipantCount(organisation, country, count));
    return built == null ? null : new ParticipantRow(training, built);
  }

  static ProjectQuota quota(RowCells row) {
    ProjectId project = row.id(PROJECT, ProjectId::new);
    Integer min = row.integer(Column.MIN);
    Integer max = row.integer(Column.MAX);
    if (!row.valid()) {
      return null;
    }
    return row.build(() -> new ProjectQuota(project, new Quota(min, max)));
  }

  static List<String> cells(ProjectQuota q) {
    return List.of(
        q.project().value(), String.valueOf(q.quota().min()), String.valueOf(q.quota().max()));
  }

  static IndicatorFeed feed(RowCells row) {
    IndicatorId indicator = row.id(Column.INDICATOR, IndicatorId::new);
    String source = row.plain(SOURCE);
    if (!row.valid()) {
      return null;
    }
    return row.build(() -> new IndicatorFeed(indicator, RecordSource.parse(source)));
  }

  static List<String> cells(IndicatorFeed feed) {
    return List.of(feed.indicator().value(), feed.source().code());
  }

  // ---- records to cells, in DatasetFile column order

  static Stream<List<String>> topicCells(Vocabulary vocabulary) {
    return vocabulary.topics().stream()
        .map(
            t ->
                List.of(
                    vocabulary.project().value(),
                    t.id().value(),
                    FormulaGuard.neutralise(t.name())));
  }

  static Stream<List<String>> sectorCells(Vocabulary vocabulary) {
    return vocabulary.sectors().stream()
        .map(
            s ->
                List.of(
                    vocabulary.project().value(),
                    s.id().value(),
                    FormulaGuard.neutralise(s.name()),
                    Boolean.toString(s.selected())));
  }

  static Stream<List<String>> mappingCells(SurveyMapping mapping) {
    return mapping.sources().entrySet().stream()
        .map(
            e ->
                List.of(
                    mapping.project().value(),
                    e.getKey().written(),
                    FormulaGuard.neutralise(e.getValue())));
  }

  static List<String> cells(CompetenceBroker b) {
    return List.of(
        b.id().value(),
        b.project().value(),
        b.partner().value(),
        b.person().value(),
        b.started().toString(),
        b.ended().map(LocalDate::toString).orElse(""));
  }

  static List<String> cells(CompanyVisit v) {
    return List.of(
        v.id().value(),
        v.project().value(),
        v.broker().value(),
        v.date().toString(),
        v.company().number().value(),
        FormulaGuard.neutralise(v.company().name()),
        v.sector().value(),
        Integer.toString(v.employees()),
        v.advice().map(FormulaGuard::neutralise).orElse(""));
  }

  static Stream<List<String>> needCells(CompanyVisit v) {
    return v.needs().stream()
        .map(n -> List.of(v.id().value(), n.topic().value(), Integer.toString(n.priority())));
  }

  static List<String> cells(FocusArea f) {
    return List.of(
        f.project().value(),
        f.topic().value(),
        f.chosenOn().toString(),
        f.decision().map(DecisionId::value).orElse(""));
  }

  static List<String> cells(Training t) {
    TrainingPlan p = t.plan();
    Training.Evaluated evaluated = t instanceof Training.Evaluated e ? e : null;
    return List.of(
        p.id().value(),
        p.project().value(),
        FormulaGuard.neutralise(p.title()),
        p.kind().name(),
        p.topics().stream().map(TopicId::value).collect(Collectors.joining(SEPARATOR)),
        p.targetSectors().stream().map(SectorId::value).collect(Collectors.joining(SEPARATOR)),
        p.targetSizes().stream().sorted().map(Enum::name).collect(Collectors.joining(SEPARATOR)),
        p.partner().value(),
        p.mode().name(),
        Boolean.toString(p.transnational()),
        String.join(SEPARATOR, p.openTo()),
        p.plannedOn().toString(),
        t.status().name(),
        t.decision().map(DecisionId::value).orElse(""),
        t.deliveredOn().map(LocalDate::toString).orElse(""),
        evaluated == null ? "" : Integer.toString(evaluated.score()),
        evaluated == null ? "" : evaluated.comment().map(FormulaGuard::neutralise).orElse(""),
        p.goal().map(GoalId::value).orElse(""));
  }

  static Stream<List<String>> participantCells(Training t) {
    return t.participants().stream()
        .map(
            p ->
                List.of(
                    t.id().value(),
                    FormulaGuard.neutralise(p.organisation()),
                    p.country(),
                    Integer.toString(p.count())));
  }

  /** The cells of a survey answer in the mapping's column order. */
  static List<String> answerCells(SurveyMapping mapping, SurveyAnswer a) {
    List<String> cells = new ArrayList<>();
    Map<TopicId, Integer> priorities =
        a.needs().stream().collect(Collectors.toMap(Need::topic, Need::priority));
    for (SurveyTarget target : mapping.sources().keySet()) {
      cells.add(
          switch (target.field()) {
            case ID -> a.id().value();
            case DATE -> a.date().toString();
            case COMPANY_NUMBER -> a.company().value();
            case SECTOR -> a.sector().value();
            case EMPLOYEES -> Integer.toString(a.employees());
            case TOPIC ->
                Optional.ofNullable(priorities.get(target.topic().orElseThrow()))
                    .map(String::valueOf)
                    .orElse("");
          });
    }
    return cells;
  }
}
