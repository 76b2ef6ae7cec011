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

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;

/**
 * A project funded by a programme.
 *
 * @param id its acronym
 * @param name its name
 * @param programme the funding programme
 * @param period when it runs
 * @param coordinator the coordinating organisation
 * @param status where it stands
 * @param applicationDeadline the application's deadline, if known
 * @param finalReportDeadline the final report's deadline, if known
 * @param audits checks by the managing authority
 * @param goals the operational-plan goals the project works towards, first the one it serves most;
 *     each once, in the order given, possibly none
 */
public record Project(
    ProjectId id,
    String name,
    ProgrammeId programme,
    DateRange period,
    String coordinator,
    ProjectStatus status,
    Optional<LocalDate> applicationDeadline,
    Optional<LocalDate> finalReportDeadline,
    List<Audit> audits,
    List<GoalId> goals) {

  /** A status change the status machine does not allow. */
  public static final String ILLEGAL_STATUS_CHANGE = "illegal-status-change";

  /**
   * Requires every part; texts of 1 to {@link Limits#NAME} characters, dates in the supported
   * years.
   */
  public Project {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(period, "period");
    Bounds.date("start", period.start());
    Bounds.date("end", period.end());
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(applicationDeadline, "applicationDeadline");
    Objects.requireNonNull(finalReportDeadline, "finalReportDeadline");
    applicationDeadline.ifPresent(d -> Bounds.date("applicationDeadline", d));
    finalReportDeadline.ifPresent(d -> Bounds.date("finalReportDeadline", d));
    name = Texts.required("name", name, Limits.NAME);
    coordinator = Texts.required("coordinator", coordinator, Limits.NAME);
    audits = List.copyOf(audits);
    // a goal named twice is one link: the first place it is named keeps its order
    goals =
        Objects.requireNonNull(goals, "goals").stream()
            .map(goal -> Objects.requireNonNull(goal, "goals"))
            .distinct()
            .toList();
  }

  /**
   * This project moved to {@code next}.
   *
   * @throws ConflictException with code {@code illegal-status-change} naming the allowed statuses
   */
  public Project movedTo(ProjectStatus next) {
    if (!status.next().contains(next)) {
      String allowed =
          status.next().isEmpty()
              ? "none: " + status + " is final"
              : status.next().stream().map(Enum::name).collect(Collectors.joining(", "));
      throw new ConflictException(
          ILLEGAL_STATUS_CHANGE,
          "project "
              + id
              + " cannot move from "
              + status
              + " to "
              + next
              + "; allowed: "
              + allowed);
    }
    return new Project(
        id,
        name,
        programme,
        period,
        coordinator,
        next,
        applicationDeadline,
        finalReportDeadline,
        audits,
        goals);
  }

  /** True when the project runs on at least one day of {@code range}. */
  public boolean activeDuring(DateRange range) {
    return period.overlaps(range);
  }
}
