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
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * A competence broker (kompetensmäklare): a person, known only by a pseudonymous reference, who
 * visits companies for a partner of a project during a period.
 *
 * @param id its identity
 * @param project the project
 * @param partner the partner the broker works for
 * @param person the pseudonymous person reference
 * @param started the first day as broker
 * @param ended the last day as broker, if the assignment has ended
 */
public record CompetenceBroker(
    BrokerId id,
    ProjectId project,
    PartnerId partner,
    PersonRef person,
    LocalDate started,
    Optional<LocalDate> ended) {

  /** A broker's period that ends before it starts. */
  public static final String END_BEFORE_START = "end-before-start";

  /** Requires every part and a period that does not end before it starts. */
  public CompetenceBroker {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(person, "person");
    Bounds.date("started", started);
    Objects.requireNonNull(ended, "ended");
    ended.ifPresent(e -> Bounds.date("ended", e));
    if (ended.isPresent() && ended.get().isBefore(started)) {
      throw ValidationException.of(
          "ended",
          END_BEFORE_START,
          "a broker's period cannot end (" + ended.get() + ") before it starts (" + started + ")");
    }
  }

  /** True when {@code day} lies within the broker's period. */
  public boolean activeOn(LocalDate day) {
    return !day.isBefore(started) && ended.map(e -> !day.isAfter(e)).orElse(true);
  }

  /** The period in words, for example "2015-09-01 – 2017-08-31" or "from 2015-09-01". */
  public String period() {
    return ended.map(e -> started + " – " + e).orElse("from " + started);
  }
}
