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
