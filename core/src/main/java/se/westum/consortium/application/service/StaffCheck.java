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
