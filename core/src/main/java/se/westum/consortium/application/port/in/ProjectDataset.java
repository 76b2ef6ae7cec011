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

import java.util.stream.Stream;
import se.westum.consortium.domain.governance.StaffMember;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.project.FundingProgramme;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.WorkingGroup;

/**
 * The project records as a whole, for import and export, staff included (an employment names the
 * projects worked on). Each method opens a fresh stream that the caller must close.
 */
public interface ProjectDataset extends Dataset {

  /** Funding programmes. */
  Stream<FundingProgramme> programmes();

  /** Projects with their audits. */
  Stream<Project> projects();

  /** Partners. */
  Stream<Partner> partners();

  /** Boards and working groups. */
  Stream<WorkingGroup> workingGroups();

  /** Main activities. */
  Stream<MainActivity> activities();

  /** Indicators with measurements. */
  Stream<Indicator> indicators();

  /** Mobility grants. */
  Stream<MobilityGrant> mobilityGrants();

  /** Mobilities. */
  Stream<Mobility> mobilities();

  /** The consortium's staff (employments), each naming the projects worked on. */
  Stream<StaffMember> staff();
}
