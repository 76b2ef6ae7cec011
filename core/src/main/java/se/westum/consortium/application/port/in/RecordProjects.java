package se.westum.consortium.application.port.in;

import se.westum.consortium.domain.project.FundingProgramme;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.WorkingGroup;

/**
 * Use cases: record and change programmes, projects, partners, boards and working groups, main
 * activities and indicators. Each {@code record} replaces a stored record with the same id. Every
 * method throws {@link se.westum.consortium.domain.shared.ValidationException} listing every
 * invalid field, and {@link se.westum.consortium.domain.shared.NotFoundException} when a record it
 * names (programme, project, partner, meeting) is not stored.
 */
public interface RecordProjects {

  /** Records a funding programme. */
  FundingProgramme recordProgramme(RecordProgrammeCommand command);

  /**
   * Records a project. A stored project keeps its status (use {@link #changeStatus}); the command's
   * status applies to a new one.
   */
  Project recordProject(RecordProjectCommand command);

  /**
   * Moves a project to its next status.
   *
   * @throws se.westum.consortium.domain.shared.ConflictException with code {@code
   *     illegal-status-change} naming the allowed statuses
   */
  Project changeStatus(ChangeProjectStatusCommand command);

  /** Records a partner; its national id is validated by its country's rule. */
  Partner recordPartner(RecordPartnerCommand command);

  /** Records a project board or working group. */
  WorkingGroup recordWorkingGroup(RecordWorkingGroupCommand command);

  /** Records a main activity. */
  MainActivity recordActivity(RecordActivityCommand command);

  /** Records an indicator with its measurements. */
  Indicator recordIndicator(RecordIndicatorCommand command);
}
