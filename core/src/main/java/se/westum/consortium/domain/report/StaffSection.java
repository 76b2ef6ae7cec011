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
package se.westum.consortium.domain.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Other information: the staff changes of the year (personalbyte), and the ones decided in the year
 * that take effect after it.
 *
 * @param changes the changes in date order
 * @param started how many started in the year or were hired for a later start
 * @param left how many left in the year
 */
public record StaffSection(List<Change> changes, Figure started, Figure left)
    implements ReportSection {

  /** Copies the list; requires the figures. */
  public StaffSection {
    changes = List.copyOf(changes);
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(left, "left");
  }

  @Override
  public SectionId id() {
    return SectionId.STAFF;
  }

  @Override
  public List<Figure> figures() {
    return List.of(started, left);
  }

  /** Whether a person started or left. */
  public enum ChangeKind {
    /** Employed. */
    STARTED,
    /** Left the position. */
    LEFT
  }

  /**
   * A staff change; the person is named by role, as the report names staff changes.
   *
   * @param kind started or left
   * @param name the person's name
   * @param role the role as recorded
   * @param day the day of the change
   * @param until for a start, the end of the employment when it is fixed
   * @param projects the projects the person works in
   */
  public record Change(
      ChangeKind kind,
      String name,
      String role,
      LocalDate day,
      Optional<LocalDate> until,
      List<String> projects) {
    /** Requires the parts; copies the list. */
    public Change {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(until, "until");
      projects = List.copyOf(projects);
    }
  }
}
