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
package se.westum.consortium.domain.project;

import java.util.Objects;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;

/**
 * A main activity (work package) of a project with its responsible partner (seed: competence
 * brokers, analysis, needs-based training).
 *
 * @param id its identity
 * @param project the project
 * @param name its name
 * @param responsible the partner responsible for it
 */
public record MainActivity(ActivityId id, ProjectId project, String name, PartnerId responsible) {

  /** Requires every part. */
  public MainActivity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(responsible, "responsible");
    name = Texts.required("name", name, Limits.NAME);
  }
}
