package se.westum.consortium.domain.training;

import java.util.Objects;
import se.westum.consortium.domain.project.ProjectId;

/**
 * The partner quota a project sets for rule {@code partner-quota}, as a record of its own so an
 * import and an export carry it beside the project's other training settings.
 *
 * @param project the project
 * @param quota its quota
 */
public record ProjectQuota(ProjectId project, Quota quota) {

  /** Requires both parts. */
  public ProjectQuota {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(quota, "quota");
  }
}
