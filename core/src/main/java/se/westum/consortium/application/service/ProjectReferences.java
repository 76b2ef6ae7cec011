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
package se.westum.consortium.application.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.MissingReferenceException;
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * The stored records that the project and mobility checks refer to, each read once per use: one
 * instance serves one record use case or one whole import run (a project's grant is read once per
 * project, not once per mobility). An import saves each record kind before the next is checked, so
 * an answer cached here stays true for the rest of the run.
 */
final class ProjectReferences {

  private final Storage storage;
  private final Map<ProjectId, Boolean> projects = new HashMap<>();
  private final Map<ProjectId, Optional<MobilityGrant>> grants = new HashMap<>();
  private final Map<OrganisationNumber, Boolean> members = new HashMap<>();
  private final Map<MeetingId, Boolean> meetings = new HashMap<>();
  private final Map<GoalId, Boolean> goals = new HashMap<>();
  private final Map<PartnerId, Optional<Partner>> partners = new HashMap<>();

  ProjectReferences(Storage storage) {
    this.storage = storage;
  }

  /** True when the project is stored. */
  boolean hasProject(ProjectId project) {
    return projects.computeIfAbsent(project, id -> storage.projects().find(id).isPresent());
  }

  /**
   * Requires a stored project.
   *
   * @param field the referring field, for example {@code project}
   * @throws MissingReferenceException otherwise
   */
  void requireProject(String field, ProjectId project) {
    if (!hasProject(project)) {
      throw new MissingReferenceException(field, "project", project.value());
    }
  }

  /** The project's mobility grant, if stored. */
  Optional<MobilityGrant> grant(ProjectId project) {
    return grants.computeIfAbsent(project, id -> storage.mobilityGrants().find(id));
  }

  /** The partner, if stored. */
  Optional<Partner> partner(PartnerId partner) {
    return partners.computeIfAbsent(partner, id -> storage.partners().find(id));
  }

  /**
   * Requires a stored member.
   *
   * @throws MissingReferenceException otherwise
   */
  void requireMember(String field, OrganisationNumber member) {
    if (!members.computeIfAbsent(member, id -> storage.members().find(id).isPresent())) {
      throw new MissingReferenceException(field, "member", member.value());
    }
  }

  /**
   * Requires a stored meeting.
   *
   * @throws MissingReferenceException otherwise
   */
  void requireMeeting(String field, MeetingId meeting) {
    if (!meetings.computeIfAbsent(meeting, id -> storage.meetings().find(id).isPresent())) {
      throw new MissingReferenceException(field, "meeting", meeting.value());
    }
  }

  /**
   * Requires a stored operational-plan goal.
   *
   * @throws MissingReferenceException otherwise
   */
  void requireGoal(String field, GoalId goal) {
    if (!goals.computeIfAbsent(goal, id -> storage.goals().find(id).isPresent())) {
      throw new MissingReferenceException(field, "goal", goal.value());
    }
  }
}
