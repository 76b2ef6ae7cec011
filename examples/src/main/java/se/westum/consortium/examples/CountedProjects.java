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
package se.westum.consortium.examples;

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
 * A project dataset that counts the records read from it, so an export can say what it wrote
 * without asking the database again. A writer may open a kind's stream more than once (projects
 * feed both projects.csv and audits.csv), so each kind counts its largest single pass. Not
 * thread-safe: one import or export at a time.
 */
final class CountedProjects implements ProjectDataset {

  private final ProjectDataset records;
  private final Tally programmes = new Tally();
  private final Tally projects = new Tally();
  private final Tally partners = new Tally();
  private final Tally workingGroups = new Tally();
  private final Tally activities = new Tally();
  private final Tally indicators = new Tally();
  private final Tally mobilityGrants = new Tally();
  private final Tally mobilities = new Tally();

  CountedProjects(ProjectDataset records) {
    this.records = records;
  }

  @Override
  public Stream<FundingProgramme> programmes() {
    return programmes.counting(records.programmes());
  }

  @Override
  public Stream<Project> projects() {
    return projects.counting(records.projects());
  }

  @Override
  public Stream<Partner> partners() {
    return partners.counting(records.partners());
  }

  @Override
  public Stream<WorkingGroup> workingGroups() {
    return workingGroups.counting(records.workingGroups());
  }

  @Override
  public Stream<MainActivity> activities() {
    return activities.counting(records.activities());
  }

  @Override
  public Stream<Indicator> indicators() {
    return indicators.counting(records.indicators());
  }

  @Override
  public Stream<MobilityGrant> mobilityGrants() {
    return mobilityGrants.counting(records.mobilityGrants());
  }

  @Override
  public Stream<Mobility> mobilities() {
    return mobilities.counting(records.mobilities());
  }

  @Override
  public Stream<StaffMember> staff() {
    // counted by the governance part's export, which writes staff.csv too
    return records.staff();
  }

  /** The records read, kind by kind. */
  Counts counts() {
    return new Counts(
        programmes.largest,
        projects.largest,
        partners.largest,
        workingGroups.largest,
        activities.largest,
        indicators.largest,
        mobilityGrants.largest,
        mobilities.largest);
  }

  /**
   * How many records of each kind a project dataset held.
   *
   * @param programmes funding programmes
   * @param projects projects
   * @param partners partners
   * @param workingGroups boards and working groups
   * @param activities main activities
   * @param indicators indicators
   * @param mobilityGrants mobility grants (one per project, with its categories)
   * @param mobilities mobilities
   */
  record Counts(
      int programmes,
      int projects,
      int partners,
      int workingGroups,
      int activities,
      int indicators,
      int mobilityGrants,
      int mobilities) {}

  private static final class Tally {
    private int largest;

    <T> Stream<T> counting(Stream<T> stream) {
      int[] pass = {0};
      return stream.peek(record -> largest = Math.max(largest, ++pass[0]));
    }
  }
}
