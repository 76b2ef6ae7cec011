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
