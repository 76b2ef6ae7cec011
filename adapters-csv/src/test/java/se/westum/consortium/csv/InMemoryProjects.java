package se.westum.consortium.csv;

import java.util.List;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.ProjectDataset;
import se.westum.consortium.domain.governance.StaffMember;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.project.FundingProgramme;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.WorkingGroup;

/** Project records held in lists, for tests of the writer and of round trips. */
record InMemoryProjects(
    List<FundingProgramme> programmeList,
    List<Project> projectList,
    List<Partner> partnerList,
    List<WorkingGroup> groupList,
    List<MainActivity> activityList,
    List<Indicator> indicatorList,
    List<MobilityGrant> grantList,
    List<Mobility> mobilityList,
    List<StaffMember> staffList)
    implements ProjectDataset {

  InMemoryProjects {
    programmeList = List.copyOf(programmeList);
    projectList = List.copyOf(projectList);
    partnerList = List.copyOf(partnerList);
    groupList = List.copyOf(groupList);
    activityList = List.copyOf(activityList);
    indicatorList = List.copyOf(indicatorList);
    grantList = List.copyOf(grantList);
    mobilityList = List.copyOf(mobilityList);
    staffList = List.copyOf(staffList);
  }

  /** The records without staff. */
  InMemoryProjects(
      List<FundingProgramme> programmeList,
      List<Project> projectList,
      List<Partner> partnerList,
      List<WorkingGroup> groupList,
      List<MainActivity> activityList,
      List<Indicator> indicatorList,
      List<MobilityGrant> grantList,
      List<Mobility> mobilityList) {
    this(
        programmeList,
        projectList,
        partnerList,
        groupList,
        activityList,
        indicatorList,
        grantList,
        mobilityList,
        List.of());
  }

  /** Everything a dataset holds, read into lists. */
  static InMemoryProjects of(ProjectDataset dataset) {
    return new InMemoryProjects(
        all(dataset.programmes()),
        all(dataset.projects()),
        all(dataset.partners()),
        all(dataset.workingGroups()),
        all(dataset.activities()),
        all(dataset.indicators()),
        all(dataset.mobilityGrants()),
        all(dataset.mobilities()),
        all(dataset.staff()));
  }

  private static <T> List<T> all(Stream<T> stream) {
    try (stream) {
      return stream.toList();
    }
  }

  @Override
  public Stream<FundingProgramme> programmes() {
    return programmeList.stream();
  }

  @Override
  public Stream<Project> projects() {
    return projectList.stream();
  }

  @Override
  public Stream<Partner> partners() {
    return partnerList.stream();
  }

  @Override
  public Stream<WorkingGroup> workingGroups() {
    return groupList.stream();
  }

  @Override
  public Stream<MainActivity> activities() {
    return activityList.stream();
  }

  @Override
  public Stream<Indicator> indicators() {
    return indicatorList.stream();
  }

  @Override
  public Stream<MobilityGrant> mobilityGrants() {
    return grantList.stream();
  }

  @Override
  public Stream<Mobility> mobilities() {
    return mobilityList.stream();
  }

  @Override
  public Stream<StaffMember> staff() {
    return staffList.stream();
  }
}
