package se.westum.consortium.application.port.in;

import java.time.LocalDate;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.ComplianceReport;
import se.westum.consortium.domain.training.Quota;

/**
 * Needs-based training (issue 9): competence brokers' company visits, survey answers, the needs
 * analysis, focus areas, trainings and the six training rules. Reached as {@code
 * consortium.training()}.
 *
 * <p>Recording a record runs the same checks an import runs for it (references, the visit policy,
 * the vocabulary), so every adapter accepts the same records. The six training rules are not
 * refusals: a training that breaks one is recorded, and {@link #compliance} says so.
 */
public interface Training {

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
