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
package se.westum.consortium.domain.governance;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.Identifiers;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;

/**
 * A person employed by the consortium (for example a project coordinator). The name is personal
 * data: stored, masked in {@code toString}, never logged.
 *
 * @param id the employment's identity
 * @param name the person's name
 * @param role the role, for example "projektkoordinator"
 * @param started the first day of employment
 * @param ended the last day, empty while employed
 * @param projects acronyms of the projects worked on
 */
public record StaffMember(
    StaffId id,
    PersonName name,
    String role,
    LocalDate started,
    Optional<LocalDate> ended,
    SortedSet<String> projects) {

  /** Requires every part; an end not before the start. */
  public StaffMember {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(ended, "ended");
    role = Texts.required("role", role, Limits.ROLE);
    Bounds.date("started", started);
    ended.ifPresent(end -> new DateRange(started, Bounds.date("ended", end)));
    TreeSet<String> checked = new TreeSet<>();
    for (String project : projects) {
      checked.add(Identifiers.check("project", project));
    }
    projects = Collections.unmodifiableSortedSet(checked);
  }

  /** True when the employment started within {@code period}. */
  public boolean startedDuring(DateRange period) {
    return period.contains(started);
  }

  /** True when the employment ended within {@code period}. */
  public boolean endedDuring(DateRange period) {
    return ended.map(period::contains).orElse(false);
  }
}
