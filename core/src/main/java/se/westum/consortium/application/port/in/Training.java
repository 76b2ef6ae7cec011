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
package se.westum.consortium.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.CompetenceBroker;
import se.westum.consortium.domain.training.ComplianceReport;
import se.westum.consortium.domain.training.FocusArea;
import se.westum.consortium.domain.training.NeedTopic;
import se.westum.consortium.domain.training.ParticipantCount;
import se.westum.consortium.domain.training.Quota;
import se.westum.consortium.domain.training.Sector;
import se.westum.consortium.domain.training.SurveyAnswer;
import se.westum.consortium.domain.training.SurveyMapping;
import se.westum.consortium.domain.training.Vocabulary;

/**
 * Needs-based training (issue 9): competence brokers' company visits, survey answers, the needs
 * analysis, focus areas, trainings and the six training rules. Reached as {@code
 * consortium.training()}.
 *
 * <p>Recording a record runs the same checks an import runs for it (references, the visit policy,
 * the vocabulary), so every adapter accepts the same records. The six training rules are not
 * refusals: a training that breaks one is recorded, and {@link #compliance} says so.
 *
 * <p>The records that are values through and through (vocabularies, brokers, focus areas, survey
 * mappings and answers, participants) are recorded as the domain's own records: their constructors
 * are their field checks, the same ones an import's rows go through.
 */
public interface Training {

  /**
   * Records (or replaces) the need topics of a stored project's vocabulary, keeping its sectors.
   *
   * @throws se.westum.consortium.domain.shared.MissingReferenceException naming the unknown project
   * @throws se.westum.consortium.domain.shared.ValidationException a topic listed twice
   */
  Vocabulary recordTopics(String project, List<NeedTopic> topics);

  /**
   * Records (or replaces) the sectors of a stored project's vocabulary, each with whether the
   * project selected it, keeping its topics.
   *
   * @throws se.westum.consortium.domain.shared.MissingReferenceException naming the unknown project
   * @throws se.westum.consortium.domain.shared.ValidationException a sector listed twice
   */
  Vocabulary recordSectors(String project, List<Sector> sectors);

  /**
   * Records (or replaces) a project's whole vocabulary, as the import records it.
   *
   * @throws se.westum.consortium.domain.shared.MissingReferenceException naming the unknown project
   */
  Vocabulary recordVocabulary(Vocabulary vocabulary);

  /**
   * Records (or replaces) a competence broker.
   *
   * @throws se.westum.consortium.domain.shared.MissingReferenceException naming the unknown project
   *     or a partner not of the project
   */
  CompetenceBroker recordBroker(CompetenceBroker broker);

  /**
   * Records (or replaces) a focus area, keyed by project and topic.
   *
   * @throws se.westum.consortium.domain.shared.MissingReferenceException naming the unknown
   *     project, vocabulary or decision
   * @throws se.westum.consortium.domain.shared.ValidationException a topic outside the vocabulary
   */
  FocusArea recordFocusArea(FocusArea area);

  /**
   * Records (or replaces) a project's survey mapping.
   *
   * @throws se.westum.consortium.domain.shared.MissingReferenceException naming the unknown project
   *     or vocabulary
   * @throws se.westum.consortium.domain.shared.ValidationException a topic outside the vocabulary
   */
  SurveyMapping recordSurveyMapping(SurveyMapping mapping);

  /**
   * Records (or replaces) one survey answer, as read through the project's mapping.
   *
   * @throws se.westum.consortium.domain.shared.MissingReferenceException naming the unknown project
   *     or vocabulary
   * @throws se.westum.consortium.domain.shared.ValidationException a sector or topic outside the
   *     vocabulary
   */
  SurveyAnswer recordSurveyAnswer(SurveyAnswer answer);

  /**
   * Replaces the participants of a delivered (or evaluated) training.
   *
   * @throws se.westum.consortium.domain.shared.NotFoundException for an unknown training
   * @throws se.westum.consortium.domain.shared.ValidationException {@code not-in-status} at {@code
   *     participants} when it is not delivered, as an import refuses it
   */
  se.westum.consortium.domain.training.Training recordParticipants(
      String training, List<ParticipantCount> participants);

  /**
   * Records (or replaces) a company visit once {@code guard} accepted the partner of the visit's
   * broker and, when a visit with the id is stored, the partner of its broker (empty for a broker
   * or partner not stored). The guard runs inside the write's transaction, so the check and the
   * write are one step; it throws to refuse, and nothing is written then.
   */
  CompanyVisit recordVisit(RecordVisitCommand command, Consumer<Optional<Partner>> guard);

  /**
   * Proposes a training once {@code guard} accepted its delivering partner and, when a training
   * with the id is stored, that one's partner (empty for a partner not stored or not of the
   * project). The guard runs inside the write's transaction; it throws to refuse.
   */
  se.westum.consortium.domain.training.Training recordTraining(
      RecordTrainingCommand command, Consumer<Optional<Partner>> guard);

  /** The vocabulary of a project, if recorded. */
  Optional<Vocabulary> vocabulary(String project);

  /** The competence brokers of a project, by id. */
  List<CompetenceBroker> brokers(String project);

  /** The broker with this id, if recorded. */
  Optional<CompetenceBroker> broker(String id);

  /** The company visits of a project, by id. */
  List<CompanyVisit> visits(String project);

  /** The visit with this id, if recorded. */
  Optional<CompanyVisit> visit(String id);

  /** The survey mapping of a project, if recorded. */
  Optional<SurveyMapping> surveyMapping(String project);

  /** The survey answers of a project, by id. */
  List<SurveyAnswer> surveyAnswers(String project);

  /**
   * The partner quota of a stored project: the one set, else {@link Quota#DEFAULT}.
   *
   * @throws se.westum.consortium.domain.shared.NotFoundException for an unknown project
   */
  Quota quota(ProjectId project);

  /** The focus areas of a project. */
  List<FocusArea> focusAreas(String project);

  /** The trainings of a project, by id. */
  List<se.westum.consortium.domain.training.Training> trainings(String project);

  /** The training with this id, if recorded. */
  Optional<se.westum.consortium.domain.training.Training> training(String id);

  /**
   * Records (or replaces) a company visit.
   *
   * @throws se.westum.consortium.domain.shared.MissingReferenceException naming the unknown project
   *     or broker
   * @throws se.westum.consortium.domain.shared.ValidationException a visit outside its broker's
   *     period or outside the project's vocabulary
   */
  CompanyVisit recordVisit(RecordVisitCommand command);

  /**
   * Proposes a training.
   *
   * @throws se.westum.consortium.domain.shared.MissingReferenceException naming the unknown project
   *     or partner
   * @throws se.westum.consortium.domain.shared.ValidationException a topic or sector outside the
   *     project's vocabulary
   */
  se.westum.consortium.domain.training.Training recordTraining(RecordTrainingCommand command);

  /**
   * Approves a proposed training by a recorded decision.
   *
   * @throws se.westum.consortium.domain.shared.ConflictException when it is not proposed, naming
   *     the allowed moves
   */
  se.westum.consortium.domain.training.Training approve(DecideTrainingCommand command);

  /** Rejects a proposed training by a recorded decision. */
  se.westum.consortium.domain.training.Training reject(DecideTrainingCommand command);

  /** Records the delivery of an approved training. */
  se.westum.consortium.domain.training.Training deliver(DeliverTrainingCommand command);

  /** Records the evaluation of a delivered training. */
  se.westum.consortium.domain.training.Training evaluate(EvaluateTrainingCommand command);

  /**
   * Sets the partner quota of a stored project (rule {@code partner-quota}); without one a project
   * has {@link Quota#DEFAULT}, 1 to 3.
   *
   * @throws se.westum.consortium.domain.shared.NotFoundException for an unknown project
   */
  Quota setQuota(ProjectId project, Quota quota);

  /**
   * The needs analysis of a project at a date.
   *
   * @param project the project
   * @param at the day analysed: records dated later are left out
   * @throws se.westum.consortium.domain.shared.NotFoundException for an unknown project
   */
  NeedsReport needs(ProjectId project, LocalDate at);

  /**
   * The compliance of a project's partners and trainings with the six rules at a date.
   *
   * @param project the project
   * @param at the day judged
   * @throws se.westum.consortium.domain.shared.NotFoundException for an unknown project
   */
  ComplianceReport compliance(ProjectId project, LocalDate at);

  /**
   * Imports a training dataset, all or nothing: every record is checked as its record use case
   * checks it; the projects, partners and decisions it names must be stored already.
   *
   * @return what was added, changed and left unchanged per record kind
   * @throws se.westum.consortium.domain.shared.RecordsRefusedException naming every refused record
   *     (the first {@code RecordsRefusedException.MAX}); nothing was written
   */
  ImportSummary importDataset(TrainingDataset dataset);

  /** Every training record, for an export; each stream is read from storage when opened. */
  TrainingDataset export();
}
