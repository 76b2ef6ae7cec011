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

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.Bounds;

/**
 * A topic a project chose to study further and train in (utvalt område), on a day, optionally by a
 * board decision.
 *
 * @param project the project
 * @param topic the topic chosen
 * @param chosenOn the day it was chosen
 * @param decision the decision that chose it, if any ({@code MEETING§PARAGRAPH})
 */
public record FocusArea(
    ProjectId project, TopicId topic, LocalDate chosenOn, Optional<DecisionId> decision) {

  /** Requires every part. */
  public FocusArea {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(topic, "topic");
    Bounds.date("chosenOn", chosenOn);
    Objects.requireNonNull(decision, "decision");
  }
}
