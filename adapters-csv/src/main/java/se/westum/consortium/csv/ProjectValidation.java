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

import static se.westum.consortium.csv.Column.CALL_YEAR;
import static se.westum.consortium.csv.Column.ID;
import static se.westum.consortium.csv.Column.INDICATOR;
import static se.westum.consortium.csv.Column.PROJECT;
import static se.westum.consortium.csv.Column.TARGET_PERCENT;
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

import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import se.westum.consortium.csv.ProjectRows.GrantRow;
import se.westum.consortium.csv.ProjectRows.Part;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.project.Measurement;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * Pass 1 of a project import: reads every project, mobility and staff file once, streaming, and
 * reports every cell that is no value and every record that breaks its own rules, each at its row
 * and column. It keeps only what joining a record's parts needs: the project and indicator ids, the
 * indicators (without values), and the rows of the two small child files {@code
 * indicator_values.csv} and {@code mobility_grants.csv}. A part whose parent row is missing cannot
 * be joined and is reported here; every rule across records (references, a mobility's grant) is the
 * core import's, which refuses the records and asks {@link CsvProjectDataset#locate} where they
 * are.
 */
final class ProjectValidation {

  private final Path directory;
  private final boolean mobilitiesAsRead;
  private final FileCheck files;
  private final Problems problems;
  private final Set<ProjectId> projects = new HashSet<>();
  private final Set<IndicatorId> indicatorIds = new HashSet<>();
  private final Map<IndicatorId, Indicator> indicators = new HashMap<>();
  private final Map<IndicatorId, List<Part<Measurement>>> values = new LinkedHashMap<>();
  private final Map<ProjectId, List<Part<GrantRow>>> grants = new LinkedHashMap<>();

  /**
   * A check of a project folder.
   *
   * @param mobilitiesAsRead whether the rows of {@code mobilities.csv} are left to the stream that
   *     reads them for the import ({@link RecordStream#checking}): then only its header is checked
   *     here, unless another file has a problem, when its rows are checked too so the report is
   *     whole
   */
  ProjectValidation(
      ObjectReader rowReader,
      CsvDialect dialect,
      Path directory,
      Problems problems,
      boolean mobilitiesAsRead) {
    this.files = new FileCheck(rowReader, dialect, directory, problems);
    this.problems = problems;
    this.directory = directory;
    this.mobilitiesAsRead = mobilitiesAsRead;
  }

  /**
   * Checks the dataset.
   *
   * @return the project files the dataset has
   * @throws CsvImportException with every problem found, if there is any
   */
  Set<DatasetFile> run() {
    FileCheck.requireFolder(directory);
    Set<DatasetFile> present = files.present(DatasetFile.projects());
    files.checkIfPresent(present, PROGRAMMES, rows(ProjectRows::programme));
    boolean projectsKnown =
        files.checkIfPresent(
            present, PROJECT_RECORDS, keys(ID, ProjectId::new, projects, ProjectRows::project));
    files.checkIfPresent(
        present,
        AUDITS,
        row -> part(row, ProjectRows::audit, PROJECT, ProjectId::new, projects, projectsKnown));
    files.checkIfPresent(present, PARTNERS, rows(ProjectRows::partner));
    files.checkIfPresent(present, WORKING_GROUPS, rows(ProjectRows::group));
    files.checkIfPresent(present, ACTIVITIES, rows(ProjectRows::activity));
    boolean indicatorsKnown =
        files.checkIfPresent(
            present,
            INDICATORS,
            keys(
                ID,
                IndicatorId::new,
                indicatorIds,
                row -> keep(ProjectRows.indicator(row), indicators, Indicator::id)));
    files.checkIfPresent(
        present,
        INDICATOR_VALUES,
        row -> {
          ProjectRows.ValueRow value =
              part(
                  row,
                  ProjectRows::value,
                  INDICATOR,
                  IndicatorId::new,
                  indicatorIds,
                  indicatorsKnown);
          if (value != null) {
            values
                .computeIfAbsent(value.indicator(), id -> new ArrayList<>())
                .add(new Part<>(row.line(), value.measurement()));
          }
        });
    files.checkIfPresent(
        present,
        MOBILITY_GRANTS,
        rows(
            row -> {
              GrantRow grant = ProjectRows.grant(row);
              if (grant != null) {
                grants
                    .computeIfAbsent(grant.project(), id -> new ArrayList<>())
                    .add(new Part<>(row.line(), grant));
              }
              return grant;
            }));
    if (!mobilitiesAsRead) {
      files.checkIfPresent(present, MOBILITIES, rows(ProjectRows::mobility));
    }
    files.checkIfPresent(present, STAFF, rows(ProjectRows::staffMember));
    values.forEach(this::checkMeasured);
    grants.forEach(this::checkGrant);
    if (mobilitiesAsRead && present.contains(MOBILITIES)) {
      if (problems.isEmpty()) {
        files.checkHeader(MOBILITIES);
      } else {
        // nothing will be imported: report the mobilities' problems with the others
        files.check(MOBILITIES, rows(ProjectRows::mobility));
      }
    }
    if (!problems.isEmpty()) {
      throw new CsvImportException(problems.inFileOrder(DatasetFile.projects()));
    }
    return present;
  }

  /** Reads each aligned row as a record; a misaligned row's cells cannot be told apart. */
  private static Consumer<RowCells> rows(Function<RowCells, ?> read) {
    return row -> {
      if (!row.misaligned()) {
        read.apply(row);
      }
    };
  }

  /** As {@link #rows}, and collects every row's key, readable or not, for the joins. */
  private static <K> Consumer<RowCells> keys(
      Column column, Function<String, K> key, Set<K> keys, Function<RowCells, ?> read) {
    return row -> {
      row.peek(column, key).ifPresent(keys::add);
      rows(read).accept(row);
    };
  }

  private static <K, V> V keep(V record, Map<K, V> kept, Function<V, K> key) {
    if (record != null) {
      kept.put(key.apply(record), record);
    }
    return record;
  }

  /** A child row, reported when its parent file was read whole and has no such parent. */
  private static <K, T> T part(
      RowCells row,
      Function<RowCells, T> read,
      Column parent,
      Function<String, K> key,
      Set<K> keys,
      boolean known) {
    if (row.misaligned()) {
      return null;
    }
    T part = read.apply(row);
    Optional<K> id = row.peek(parent, key);
    if (known && id.isPresent() && !keys.contains(id.get())) {
      DatasetFile file = parent == PROJECT ? PROJECT_RECORDS : INDICATORS;
      row.problem(
          parent,
          "no "
              + parent.header()
              + " "
              + id.get()
              + " in "
              + file.fileName()
              + ": this row is a part of it");
    }
    return part;
  }

  private void checkMeasured(IndicatorId id, List<Part<Measurement>> parts) {
    Indicator indicator = indicators.get(id);
    if (indicator != null) {
      try {
        CsvProjectDataset.measured(indicator, parts.stream().map(Part::value).toList());
      } catch (ValidationException e) {
        refused(INDICATOR_VALUES, parts, e);
      }
    }
  }

  private void checkGrant(ProjectId project, List<Part<GrantRow>> parts) {
    GrantRow first = parts.get(0).value();
    for (Part<GrantRow> part : parts) {
      if (!part.value().callYear().equals(first.callYear())) {
        problem(
            MOBILITY_GRANTS,
            part.line(),
            CALL_YEAR,
            "the grant of "
                + project
                + " has call year "
                + first.callYear()
                + " on line "
                + parts.get(0).line()
                + ": every row of a grant gives the same call_year");
      }
      if (!part.value().target().equals(first.target())) {
        problem(
            MOBILITY_GRANTS,
            part.line(),
            TARGET_PERCENT,
            "the grant of "
                + project
                + " has a target of "
                + first.target()
                + " on line "
                + parts.get(0).line()
                + ": every row of a grant gives the same target_percent");
      }
    }
    try {
      CsvProjectDataset.grant(project, parts.stream().map(Part::value).toList());
    } catch (ValidationException e) {
      refused(MOBILITY_GRANTS, parts, e);
    }
  }

  /**
   * A joined record's refusal, at the part its field names ({@code categories[1]}) or the first.
   */
  private void refused(DatasetFile file, List<? extends Part<?>> parts, ValidationException e) {
    for (ValidationException.FieldError error : e.errors()) {
      int index = CsvProjectDataset.index(error.field());
      long line = parts.get(index < parts.size() ? index : 0).line();
      problem(file, line, CsvProjectDataset.column(file, error.field()), error.message());
    }
  }

  private void problem(DatasetFile file, long line, Column column, String reason) {
    Optional<Integer> position =
        files.header(file).flatMap(header -> Optional.ofNullable(column).flatMap(header::position));
    problems.add(
        position.isPresent()
            ? new CsvProblem(file.fileName(), line, position.get(), column.header(), reason)
            : new CsvProblem(file.fileName(), line, 0, "", reason));
  }
}
