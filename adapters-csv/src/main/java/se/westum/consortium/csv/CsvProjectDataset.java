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
import static se.westum.consortium.csv.DatasetFile.WORKING_GROUPS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.ProjectDataset;
import se.westum.consortium.csv.ProjectRows.AuditRow;
import se.westum.consortium.csv.ProjectRows.GrantRow;
import se.westum.consortium.csv.ProjectRows.ValueRow;
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

/**
 * Pass 2 of a project import: a dataset that pass 1 found valid, whose streams read the files again
 * when they are consumed. Programmes, partners, groups, activities and mobilities stream one row at
 * a time. A record whose parts come from a small child file is joined in memory: a project's
 * audits, an indicator's measurements and the category rows of a mobility grant are read whole
 * before the parents stream (a handful of rows per parent). Should a file have changed since it was
 * checked, the stream throws a {@link CsvImportException}; the core's import transaction then
 * writes nothing.
 */
final class CsvProjectDataset implements ProjectDataset {

  private final DatasetStreams files;

  CsvProjectDataset(DatasetStreams files) {
    this.files = files;
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
              .map(
                  indicator -> measured(indicator, values.getOrDefault(indicator.id(), List.of())));
        });
  }

  @Override
  public Stream<MobilityGrant> mobilityGrants() {
    return DatasetStreams.lazily(this::readGrants);
  }

  @Override
  public Stream<Mobility> mobilities() {
    return files.stream(MOBILITIES, ProjectRows::mobility);
  }

  private Stream<MobilityGrant> readGrants() {
    Map<ProjectId, List<GrantRow>> rows =
        files.grouped(MOBILITY_GRANTS, ProjectRows::grant, GrantRow::project, row -> row);
    List<MobilityGrant> grants = new ArrayList<>(rows.size());
    rows.forEach(
        (project, parts) -> {
          GrantRow first = parts.get(0);
          if (parts.stream()
              .anyMatch(
                  part ->
                      !part.callYear().equals(first.callYear())
                          || !part.target().equals(first.target()))) {
            throw RecordStream.changed(
                MOBILITY_GRANTS, "project " + project + " has rows with different call years");
          }
          try {
            grants.add(
                new MobilityGrant(
                    project,
                    first.callYear(),
                    parts.stream().map(GrantRow::category).toList(),
                    first.target()));
          } catch (DomainException e) {
            throw RecordStream.changed(
                MOBILITY_GRANTS, "project " + project + ": " + RowCells.reason(e));
          }
        });
    return grants.stream();
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
        audits);
  }

  private static Indicator measured(Indicator indicator, List<Measurement> measurements) {
    try {
      return new Indicator(
          indicator.id(),
          indicator.project(),
          indicator.name(),
          indicator.unit(),
          indicator.baseline(),
          indicator.target(),
          measurements);
    } catch (DomainException e) {
      throw RecordStream.changed(
          INDICATOR_VALUES, "indicator " + indicator.id() + ": " + RowCells.reason(e));
    }
  }
}
