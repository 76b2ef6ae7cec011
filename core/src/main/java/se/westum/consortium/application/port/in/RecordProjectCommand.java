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
package se.westum.consortium.application.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.project.ProjectStatus;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) a project. Changing the status of a stored project goes through {@link
 * Projects#changeStatus}, so the status machine is kept; here the status is taken as given only for
 * a new project.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link Limits}) are the
 * records' own rules, so a value beyond one is refused with the same code here as in an import.
 *
 * @param id its acronym
 * @param name its name
 * @param programme the funding programme's id
 * @param start first day
 * @param end last day
 * @param coordinator the coordinating organisation
 * @param status the status of a new project (default draft application)
 * @param applicationDeadline the application's deadline, or {@code null}
 * @param finalReportDeadline the final report's deadline, or {@code null}
 * @param audits checks by the managing authority
 * @param goals the ids of the operational-plan goals the project works towards, first the one it
 *     serves most; {@code null} or empty for none
 */
public record RecordProjectCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotNull String name,
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String programme,
    @NotNull LocalDate start,
    @NotNull LocalDate end,
    @NotNull String coordinator,
    ProjectStatus status,
    LocalDate applicationDeadline,
    LocalDate finalReportDeadline,
    List<@NotNull @Valid AuditEntry> audits,
    List<@NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String> goals) {

  /**
   * A project linked to no goal.
   *
   * @param id its acronym
   * @param name its name
   * @param programme the funding programme's id
   * @param start first day
   * @param end last day
   * @param coordinator the coordinating organisation
   * @param status the status of a new project (default draft application)
   * @param applicationDeadline the application's deadline, or {@code null}
   * @param finalReportDeadline the final report's deadline, or {@code null}
   * @param audits checks by the managing authority
   */
  public RecordProjectCommand(
      String id,
      String name,
      String programme,
      LocalDate start,
      LocalDate end,
      String coordinator,
      ProjectStatus status,
      LocalDate applicationDeadline,
      LocalDate finalReportDeadline,
      List<AuditEntry> audits) {
    this(
        id,
        name,
        programme,
        start,
        end,
        coordinator,
        status,
        applicationDeadline,
        finalReportDeadline,
        audits,
        List.of());
  }

  /**
   * A check by the managing authority.
   *
   * @param date when
   * @param authority who
   * @param outcome what came of it
   */
  public record AuditEntry(
      @NotNull LocalDate date, @NotNull String authority, @NotNull String outcome) {}
}
