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
package se.westum.consortium.rest;

import static se.westum.consortium.rest.RequestBodies.mapped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.application.port.in.ChangeProjectStatusCommand;
import se.westum.consortium.application.port.in.RecordActivityCommand;
import se.westum.consortium.application.port.in.RecordIndicatorCommand;
import se.westum.consortium.application.port.in.RecordPartnerCommand;
import se.westum.consortium.application.port.in.RecordProgrammeCommand;
import se.westum.consortium.application.port.in.RecordProjectCommand;
import se.westum.consortium.application.port.in.RecordWorkingGroupCommand;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.project.Audit;
import se.westum.consortium.domain.project.FundingProgramme;
import se.westum.consortium.domain.project.GroupKind;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.Measurement;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.PartnerRole;
import se.westum.consortium.domain.project.ProgrammeKind;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectStatus;
import se.westum.consortium.domain.project.WorkingGroup;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Percentage;

/**
 * The JSON shapes of the project operations, as the OpenAPI document describes them. As elsewhere,
 * request fields are boxed so a missing one reaches the core's validation as {@code null}; the
 * record's id and its project come from the path, never the body. Optional lists left out mean
 * none.
 */
final class ProjectRepresentations {

  private ProjectRepresentations() {}

  // ---- shapes used both ways

  /** A check by the managing authority: in a project's body and in its answers. */
  record AuditJson(LocalDate date, String authority, String outcome) {

    static AuditJson of(Audit audit) {
      return new AuditJson(audit.date(), audit.authority(), audit.outcome());
    }

    RecordProjectCommand.AuditEntry toEntry() {
      return new RecordProjectCommand.AuditEntry(date, authority, outcome);
    }
  }

  // ---- requests

  record RecordProgrammeJson(String name, ProgrammeKind kind) {

    RecordProgrammeCommand toCommand(String id) {
      return new RecordProgrammeCommand(id, name, kind);
    }
  }

  /**
   * A project; {@code status} applies to a new project only, {@code audits} and {@code goals} may
   * be left out.
   */
  record RecordProjectJson(
      String name,
      String programme,
      LocalDate start,
      LocalDate end,
      String coordinator,
      ProjectStatus status,
      LocalDate applicationDeadline,
      LocalDate finalReportDeadline,
      List<AuditJson> audits,
      List<String> goals) {

    RecordProjectCommand toCommand(String acronym) {
      return new RecordProjectCommand(
          acronym,
          name,
          programme,
          start,
          end,
          coordinator,
          status,
          applicationDeadline,
          finalReportDeadline,
          audits == null ? List.of() : mapped(audits, AuditJson::toEntry),
          goals == null ? List.of() : goals);
    }
  }

  record ChangeStatusJson(ProjectStatus status) {

    ChangeProjectStatusCommand toCommand(String acronym) {
      return new ChangeProjectStatusCommand(acronym, status);
    }
  }

  /** A partner; {@code member} may be left out (not a member), {@code prospective} means false. */
  record RecordPartnerJson(
      String organisation,
      String country,
      String nationalId,
      PartnerRole role,
      String member,
      Boolean prospective) {

    RecordPartnerCommand toCommand(String acronym, String id) {
      return new RecordPartnerCommand(
          id,
          acronym,
          organisation,
          country,
          nationalId,
          role,
          member,
          Boolean.TRUE.equals(prospective));
    }
  }

  /** A board or working group; {@code organisations} and {@code meetings} may be left out. */
  record RecordWorkingGroupJson(
      String name, GroupKind kind, List<String> organisations, List<String> meetings) {

    RecordWorkingGroupCommand toCommand(String acronym, String id) {
      return new RecordWorkingGroupCommand(
          id,
          acronym,
          name,
          kind,
          organisations == null ? List.of() : organisations,
          meetings == null ? List.of() : meetings);
    }
  }

  record RecordActivityJson(String name, String responsible) {

    RecordActivityCommand toCommand(String acronym, String id) {
      return new RecordActivityCommand(id, acronym, name, responsible);
    }
  }

  /** A measurement as sent. */
  record MeasurementInJson(LocalDate date, BigDecimal value) {

    RecordIndicatorCommand.MeasurementEntry toEntry() {
      return new RecordIndicatorCommand.MeasurementEntry(date, value);
    }
  }

  /** An indicator with its measurements (which may be left out: none yet). */
  record RecordIndicatorJson(
      String name,
      String unit,
      BigDecimal baseline,
      BigDecimal target,
      List<MeasurementInJson> measurements) {

    RecordIndicatorCommand toCommand(String acronym, String id) {
      return new RecordIndicatorCommand(
          id,
          acronym,
          name,
          unit,
          baseline,
          target,
          measurements == null ? List.of() : mapped(measurements, MeasurementInJson::toEntry));
    }
  }

  // ---- responses

  record ProgrammeJson(String id, String name, ProgrammeKind kind) {

    static ProgrammeJson of(FundingProgramme programme) {
      return new ProgrammeJson(programme.id().value(), programme.name(), programme.kind());
    }
  }

  /** A project, with the statuses it may move to next. */
  record ProjectJson(
      String acronym,
      String name,
      String programme,
      LocalDate start,
      LocalDate end,
      String coordinator,
      ProjectStatus status,
      List<ProjectStatus> nextStatuses,
      LocalDate applicationDeadline,
      LocalDate finalReportDeadline,
      List<AuditJson> audits,
      List<String> goals) {

    static ProjectJson of(Project project) {
      return new ProjectJson(
          project.id().value(),
          project.name(),
          project.programme().value(),
          project.period().start(),
          project.period().end(),
          project.coordinator(),
          project.status(),
          project.status().next().stream().sorted().toList(),
          project.applicationDeadline().orElse(null),
          project.finalReportDeadline().orElse(null),
          project.audits().stream().map(AuditJson::of).toList(),
          project.goals().stream().map(GoalId::value).toList());
    }
  }

  record PartnerJson(
      String id,
      String project,
      String organisation,
      String country,
      String nationalId,
      PartnerRole role,
      String member,
      boolean prospective) {

    static PartnerJson of(Partner partner) {
      return new PartnerJson(
          partner.id().value(),
          partner.project().value(),
          partner.organisation(),
          partner.country(),
          partner.nationalId().value(),
          partner.role(),
          partner.member().map(OrganisationNumber::value).orElse(null),
          partner.prospective());
    }
  }

  record WorkingGroupJson(
      String id,
      String project,
      String name,
      GroupKind kind,
      List<String> organisations,
      List<String> meetings) {

    static WorkingGroupJson of(WorkingGroup group) {
      return new WorkingGroupJson(
          group.id().value(),
          group.project().value(),
          group.name(),
          group.kind(),
          group.organisations(),
          group.meetings().stream().map(MeetingId::value).toList());
    }
  }

  record ActivityJson(String id, String project, String name, String responsible) {

    static ActivityJson of(MainActivity activity) {
      return new ActivityJson(
          activity.id().value(),
          activity.project().value(),
          activity.name(),
          activity.responsible().value());
    }
  }

  /** A measurement with the progress from baseline towards target it shows. */
  record MeasurementJson(LocalDate date, String value, String progressPercent) {

    static MeasurementJson of(Indicator indicator, Measurement measurement) {
      return new MeasurementJson(
          measurement.date(),
          measurement.value().toPlainString(),
          percent(indicator.progressBy(measurement.date()).orElseThrow()));
    }
  }

  /**
   * An indicator; {@code achieved} and {@code progressPercent} are those of the latest measurement
   * ({@code null} without one).
   */
  record IndicatorJson(
      String id,
      String project,
      String name,
      String unit,
      String baseline,
      String target,
      String achieved,
      String progressPercent,
      List<MeasurementJson> measurements) {

    static IndicatorJson of(Indicator indicator) {
      List<Measurement> measurements = indicator.measurements();
      Measurement latest =
          measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
      return new IndicatorJson(
          indicator.id().value(),
          indicator.project().value(),
          indicator.name(),
          indicator.unit(),
          indicator.baseline().toPlainString(),
          indicator.target().toPlainString(),
          latest == null ? null : latest.value().toPlainString(),
          latest == null ? null : percent(indicator.progressBy(latest.date()).orElseThrow()),
          measurements.stream().map(m -> MeasurementJson.of(indicator, m)).toList());
    }
  }

  /** A percentage as the API writes it: a string with one decimal, for example {@code "39.0"}. */
  static String percent(Percentage percentage) {
    return percentage.value().toPlainString();
  }
}
