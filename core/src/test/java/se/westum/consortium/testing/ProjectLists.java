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
package se.westum.consortium.testing;

import java.util.ArrayList;
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

/**
 * A project dataset held in lists, for imports in tests: {@code ProjectLists.none().with(erasmus())
 * .with(erasmusProject())}. Immutable; each {@code with} gives a new dataset with one more record.
 */
public record ProjectLists(
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

  /** Copies the lists. */
  public ProjectLists {
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

  /** A dataset without records. */
  public static ProjectLists none() {
    return new ProjectLists(
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
  }

  /** Everything a dataset holds, read into lists (each stream closed). */
  public static ProjectLists of(ProjectDataset dataset) {
    return new ProjectLists(
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

  /** This dataset with one more record of its kind. */
  public ProjectLists with(Object record) {
    List<FundingProgramme> programmes = new ArrayList<>(programmeList);
    List<Project> projects = new ArrayList<>(projectList);
    List<Partner> partners = new ArrayList<>(partnerList);
    List<WorkingGroup> groups = new ArrayList<>(groupList);
    List<MainActivity> activities = new ArrayList<>(activityList);
    List<Indicator> indicators = new ArrayList<>(indicatorList);
    List<MobilityGrant> grants = new ArrayList<>(grantList);
    List<Mobility> mobilities = new ArrayList<>(mobilityList);
    List<StaffMember> staff = new ArrayList<>(staffList);
    if (record instanceof FundingProgramme p) {
      programmes.add(p);
    } else if (record instanceof Project p) {
      projects.add(p);
    } else if (record instanceof Partner p) {
      partners.add(p);
    } else if (record instanceof WorkingGroup g) {
      groups.add(g);
    } else if (record instanceof MainActivity a) {
      activities.add(a);
    } else if (record instanceof Indicator i) {
      indicators.add(i);
    } else if (record instanceof MobilityGrant g) {
      grants.add(g);
    } else if (record instanceof Mobility m) {
      mobilities.add(m);
    } else if (record instanceof StaffMember m) {
      staff.add(m);
    } else {
      throw new IllegalArgumentException("no project record: " + record.getClass());
    }
    return new ProjectLists(
        programmes, projects, partners, groups, activities, indicators, grants, mobilities, staff);
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
