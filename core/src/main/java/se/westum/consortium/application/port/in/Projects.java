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

import java.util.List;
import java.util.Optional;
import se.westum.consortium.domain.project.FundingProgramme;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.WorkingGroup;

/**
 * Projects: funding programmes, projects, partners, boards and working groups, main activities and
 * indicators. Reached as {@code consortium.projects()}; a project's mobility grant and mobilities
 * are reached through {@link Mobilities}.
 *
 * <p>Each {@code record} replaces a stored record with the same id. Every record method throws
 * {@link se.westum.consortium.domain.shared.ValidationException} listing every invalid field, and
 * {@link se.westum.consortium.domain.shared.NotFoundException} when a record it names (programme,
 * project, partner, meeting) is not stored. The rules are the same that {@link #importDataset}
 * runs, with the same codes.
 */
public interface Projects {

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

  /** Every funding programme. */
  List<FundingProgramme> programmes();

  /** Every project. */
  List<Project> all();

  /** The projects running on at least one day of a (calendar) year. */
  List<Project> runningIn(int year);

  /** A project. */
  Optional<Project> project(ProjectId id);

  /** The partners of a project (empty for an unknown project). */
  List<Partner> partners(ProjectId project);

  /** The boards and working groups of a project. */
  List<WorkingGroup> workingGroups(ProjectId project);

  /** The main activities of a project. */
  List<MainActivity> activities(ProjectId project);

  /** The indicators of a project. */
  List<Indicator> indicators(ProjectId project);

  /**
   * Imports a whole project dataset in one transaction, all or nothing, in dependency order
   * (programmes, projects, partners, working groups, activities, indicators, mobility grants,
   * mobilities, staff). Each record is checked by the same rules as its record method; records
   * replace stored ones with the same id, and a record equal to the stored one is not rewritten, so
   * importing twice changes nothing.
   *
   * @return per record kind ({@code programme}, {@code project}, {@code partner}, {@code
   *     working-group}, {@code activity}, {@code indicator}, {@code mobility-grant}, {@code
   *     mobility}, {@code staff}) how many records were new, changed and unchanged
   * @throws se.westum.consortium.domain.shared.RecordsRefusedException naming every refused record
   *     (the first hundred) with its rule's code and field, located by the dataset; then nothing is
   *     written
   */
  ImportSummary importDataset(ProjectDataset dataset);

  /** Every stored project record, mobility grants and mobilities included, for an export. */
  ProjectDataset export();
}
