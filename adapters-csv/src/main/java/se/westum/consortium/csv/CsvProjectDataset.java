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
package se.westum.consortium.csv;

import static se.westum.consortium.csv.DatasetFile.ACTIVITIES;
import static se.westum.consortium.csv.DatasetFile.AUDITS;
import static se.westum.consortium.csv.DatasetFile.INDICATORS;
import static se.westum.consortium.csv.DatasetFile.INDICATOR_VALUES;
import static se.westum.consortium.csv.DatasetFile.MOBILITIES;
import static se.westum.consortium.csv.DatasetFile.MOBILITY_GRANTS;
import static se.westum.consortium.csv.DatasetFile.PARTNERS;
import static se.westum.consortium.csv.DatasetFile.PROGRAMMES;
import static se.westum.consortium.csv.DatasetFile.PROJECT_RECORDS;
import static se.westum.consortium.csv.DatasetFile.STAFF;
import static se.westum.consortium.csv.DatasetFile.WORKING_GROUPS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.ProjectDataset;
import se.westum.consortium.csv.Locator.Spot;
import se.westum.consortium.csv.ProjectRows.AuditRow;
import se.westum.consortium.csv.ProjectRows.GrantRow;
import se.westum.consortium.csv.ProjectRows.ValueRow;
import se.westum.consortium.domain.governance.StaffMember;
import se.westum.consortium.domain.mobility.GrantCalculation;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.project.Audit;
import se.westum.consortium.domain.project.FundingProgramme;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.Measurement;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.WorkingGroup;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.RefusedRecord;

/**
 * Pass 2 of a project import: a dataset that pass 1 found readable, whose streams read the files
 * again when they are consumed. Programmes, partners, groups, activities, mobilities and staff
 * stream one row at a time. A record whose parts come from a small child file is joined in memory:
 * a project's audits, an indicator's measurements and the category rows of a mobility grant are
 * read whole before the parents stream (a handful of rows per parent). Should a file have changed
 * since it was checked, the stream throws a {@link CsvImportException}; the core's import
 * transaction then writes nothing. The records the core refuses are placed by {@link #locate}.
 */
final class CsvProjectDataset implements ProjectDataset {

  /** A field that names a part of a record: {@code categories[1]}, {@code audits[0].outcome}. */
  private static final Pattern PART = Pattern.compile("(\\w+)\\[(\\d+)\\](?:\\.(\\w+))?");

  private final DatasetStreams files;
  private final boolean mobilitiesAsRead;

  CsvProjectDataset(DatasetStreams files, boolean mobilitiesAsRead) {
    this.files = files;
    this.mobilitiesAsRead = mobilitiesAsRead;
  }

  @Override
  public Stream<FundingProgramme> programmes() {
    return files.stream(PROGRAMMES, ProjectRows::programme);
  }

  @Override
  public Stream<Project> projects() {
    return DatasetStreams.lazily(
        () -> {
          Map<ProjectId, List<Audit>> audits =
              files.grouped(AUDITS, ProjectRows::audit, AuditRow::project, AuditRow::audit);
          return files.stream(PROJECT_RECORDS, ProjectRows::project)
              .map(project -> withAudits(project, audits.getOrDefault(project.id(), List.of())));
        });
  }

  @Override
  public Stream<Partner> partners() {
    return files.stream(PARTNERS, ProjectRows::partner);
  }

  @Override
  public Stream<WorkingGroup> workingGroups() {
    return files.stream(WORKING_GROUPS, ProjectRows::group);
  }

  @Override
  public Stream<MainActivity> activities() {
    return files.stream(ACTIVITIES, ProjectRows::activity);
  }

  @Override
  public Stream<Indicator> indicators() {
    return DatasetStreams.lazily(
        () -> {
          Map<IndicatorId, List<Measurement>> values =
              files.grouped(
                  INDICATOR_VALUES, ProjectRows::value, ValueRow::indicator, ValueRow::measurement);
          return files.stream(INDICATORS, ProjectRows::indicator)
              .map(i -> changedIfRefused(INDICATOR_VALUES, () -> measured(i, values.get(i.id()))));
        });
  }

  @Override
  public Stream<MobilityGrant> mobilityGrants() {
    return DatasetStreams.lazily(
        () -> {
          Map<ProjectId, List<GrantRow>> rows =
              files.grouped(MOBILITY_GRANTS, ProjectRows::grant, GrantRow::project, row -> row);
          List<MobilityGrant> grants = new ArrayList<>(rows.size());
          rows.forEach(
              (project, parts) ->
                  grants.add(changedIfRefused(MOBILITY_GRANTS, () -> grant(project, parts))));
          return grants.stream();
        });
  }

  @Override
  public Stream<Mobility> mobilities() {
    return mobilitiesAsRead
        ? files.checking(MOBILITIES, ProjectRows::mobility)
        : files.stream(MOBILITIES, ProjectRows::mobility);
  }

  @Override
  public Stream<StaffMember> staff() {
    return files.stream(STAFF, ProjectRows::staffMember);
  }

  /**
   * Places each refusal at its file, line and column: a record of a 1:1 file at its row, a part of
   * a record (an audit, a measurement, a grant's category) at the row of the child file that holds
   * it, a grant at its project's first row.
   */
  @Override
  public List<RefusedRecord> locate(List<RefusedRecord> refused) {
    return files.locator().locate(refused, CsvProjectDataset::spot);
  }

  private static Optional<Spot> spot(RefusedRecord refused) {
    DatasetFile file =
        switch (refused.kind()) {
          case "programme" -> PROGRAMMES;
          case "project" -> PROJECT_RECORDS;
          case "partner" -> PARTNERS;
          case "working-group" -> WORKING_GROUPS;
          case "activity" -> ACTIVITIES;
          case "indicator" -> INDICATORS;
          case "mobility-grant" -> MOBILITY_GRANTS;
          case "mobility" -> MOBILITIES;
          case "staff" -> STAFF;
          default -> null;
        };
    if (file == null) {
      return Optional.empty();
    }
    Matcher part = PART.matcher(refused.field());
    DatasetFile child =
        !part.matches()
            ? null
            : switch (part.group(1)) {
              case "audits" -> AUDITS;
              case "measurements" -> INDICATOR_VALUES;
              case "categories" -> MOBILITY_GRANTS;
              default -> null;
            };
    if (child != null) {
      Column key = child == INDICATOR_VALUES ? Column.INDICATOR : Column.PROJECT;
      String field = part.group(3) == null ? part.group(1) : part.group(3);
      long occurrence = Long.parseLong(part.group(2)) + 1;
      return Optional.of(Spot.keyed(child, key, refused.id(), occurrence, column(child, field)));
    }
    Column column =
        switch (refused.code()) {
          case GrantCalculation.NO_CATEGORY_GRANT -> Column.CATEGORY;
          case GrantCalculation.NO_DAILY_RATE -> Column.RECEIVING_COUNTRY;
          default -> column(file, refused.field());
        };
    return Optional.of(
        file == MOBILITY_GRANTS
            ? Spot.keyed(file, Column.PROJECT, refused.id(), 1, column)
            : Spot.nth(file, refused.ordinal(), column));
  }

  /**
   * The column of {@code file} that holds a record's field ({@code organisations[2]} is {@code
   * organisations}); the record's key column for a refusal of the record as a whole.
   */
  static Column column(DatasetFile file, String field) {
    String name = field.replaceAll("\\[\\d+\\].*", "");
    if (name.isEmpty()) {
      return file.columns().get(0);
    }
    return Column.inFile(file, name).orElse(null);
  }

  /** The index a field names ({@code categories[1]} names 1), 0 when it names none. */
  static int index(String field) {
    Matcher part = PART.matcher(field);
    return part.matches() ? Integer.parseInt(part.group(2)) : 0;
  }

  /** An indicator with its measurements, by the core's rules. */
  static Indicator measured(Indicator indicator, List<Measurement> measurements) {
    return measurements == null
        ? indicator
        : new Indicator(
            indicator.id(),
            indicator.project(),
            indicator.name(),
            indicator.unit(),
            indicator.baseline(),
            indicator.target(),
            measurements);
  }

  /** A project's grant of its category rows (each with the call year and target of the first). */
  static MobilityGrant grant(ProjectId project, List<GrantRow> parts) {
    GrantRow first = parts.get(0);
    return new MobilityGrant(
        project, first.callYear(), parts.stream().map(GrantRow::category).toList(), first.target());
  }

  private static <T> T changedIfRefused(DatasetFile file, RowCells.DomainFactory<T> join) {
    try {
      return join.create();
    } catch (DomainException e) {
      throw RecordStream.changed(file, RowCells.reason(e));
    }
  }

  private static Project withAudits(Project project, List<Audit> audits) {
    return new Project(
        project.id(),
        project.name(),
        project.programme(),
        project.period(),
        project.coordinator(),
        project.status(),
        project.applicationDeadline(),
        project.finalReportDeadline(),
        audits,
        project.goals());
  }
}
