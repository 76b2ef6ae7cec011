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

import java.util.function.Predicate;
import se.westum.consortium.domain.governance.StaffMember;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.MissingReferenceException;

/**
 * The cross-record rule of an employment, in one place for the governance record use case ({@code
 * recordStaffMember}) and the project import (kind {@code staff}): every project it names is
 * stored.
 */
final class StaffCheck {

  private StaffCheck() {}

  /**
   * Checks a staff member.
   *
   * @param member the employment
   * @param projectExists whether a project is stored (an import passes its cached lookup)
   * @throws MissingReferenceException with field {@code projects} for the first project that is not
   *     stored
   */
  static void check(StaffMember member, Predicate<ProjectId> projectExists) {
    for (String project : member.projects()) {
      if (!projectExists.test(new ProjectId(project))) {
        throw new MissingReferenceException("projects", "project", project);
      }
    }
  }
}
