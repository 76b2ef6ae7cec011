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

import static se.westum.consortium.csv.DatasetFile.ATTENDANCE;
import static se.westum.consortium.csv.DatasetFile.BOARD;
import static se.westum.consortium.csv.DatasetFile.DECISIONS;
import static se.westum.consortium.csv.DatasetFile.EVENTS;
import static se.westum.consortium.csv.DatasetFile.EVENT_PARTICIPANTS;
import static se.westum.consortium.csv.DatasetFile.GOALS;
import static se.westum.consortium.csv.DatasetFile.MEETINGS;
import static se.westum.consortium.csv.DatasetFile.POSITIONS;

import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Pass 1 of a governance import, about CSV only: every governance file's header and cells, each row
 * through the core's constructors (see {@link GovernanceRows}), then the records whose parts come
 * from other files joined and built whole (see {@link CsvGovernanceDataset#check()}). Every rule
 * across records (references, overlap, quorum, attendance) is the core's: {@code importGovernance}
 * refuses such records and {@link CsvGovernanceDataset#locate} places them.
 */
final class GovernanceValidation {

  private static final Map<DatasetFile, Function<RowCells, ?>> ROWS =
      Map.of(
          BOARD, GovernanceRows::seat,
          POSITIONS, GovernanceRows::holder,
          MEETINGS, GovernanceRows::meeting,
          ATTENDANCE, GovernanceRows::presence,
          DECISIONS, GovernanceRows::decision,
          GOALS, GovernanceRows::goal,
          EVENTS, GovernanceRows::event,
          EVENT_PARTICIPANTS, GovernanceRows::participant);

  private final ObjectReader rowReader;
  private final CsvDialect dialect;
  private final Path directory;
  private final Problems problems;

  GovernanceValidation(
      ObjectReader rowReader, CsvDialect dialect, Path directory, Problems problems) {
    this.rowReader = rowReader;
    this.dialect = dialect;
    this.directory = directory;
    this.problems = problems;
  }

  /**
   * Checks the dataset.
   *
   * @return the dataset, whose streams read the files again (pass 2)
   * @throws CsvImportException with every problem found, if there is any
   */
  CsvGovernanceDataset run() {
    FileCheck.requireFolder(directory);
    FileCheck files = new FileCheck(rowReader, dialect, directory, problems);
    Set<DatasetFile> present = files.present(DatasetFile.governance());
    for (DatasetFile file : DatasetFile.governance()) {
      files.checkIfPresent(
          present,
          file,
          row -> {
            if (!row.misaligned()) {
              ROWS.get(file).apply(row);
            }
          });
    }
    if (!problems.isEmpty()) {
      throw new CsvImportException(problems.all());
    }
    return new CsvGovernanceDataset(
            new DatasetStreams(rowReader, dialect, directory, present),
            new Locator(rowReader, directory))
        .check();
  }
}
