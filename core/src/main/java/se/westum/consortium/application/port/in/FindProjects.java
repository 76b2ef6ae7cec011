package se.westum.consortium.application.port.in;

import java.util.List;
import java.util.Optional;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.project.FundingProgramme;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.WorkingGroup;

/** Use case: look projects up with everything that belongs to them. */
public interface FindProjects {

  /** Every funding programme. */
  List<FundingProgramme> programmes();

  /** Every project. */
  List<Project> projects();

  /** The projects running on at least one day of a (calendar) year. */
  List<Project> projectsIn(int year);

  /** A project. */
  Optional<Project> project(String acronym);

  /** The partners of a project (empty for an unknown project). */
  List<Partner> partners(String acronym);

  /** The boards and working groups of a project. */
  List<WorkingGroup> workingGroups(String acronym);

  /** The main activities of a project. */
  List<MainActivity> activities(String acronym);

  /** The indicators of a project. */
  List<Indicator> indicators(String acronym);

  /** The mobility grant of a project, if it has one. */
  Optional<MobilityGrant> mobilityGrant(String acronym);

  /** The mobilities of a project. */
  List<Mobility> mobilities(String acronym);

  /** A mobility. */
  Optional<Mobility> mobility(String id);
}
