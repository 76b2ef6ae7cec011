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

import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Pass 1 of a membership import: reads every file of the dataset once, streaming, and reports every
 * problem of its cells and of each record on its own (the core's constructors). Nothing is kept of
 * the rows: the rules across records (a fee's member, a payment's currency, a record given twice)
 * are the core's, run by the import, and {@link CsvMembershipDataset#locate} places what they
 * refuse.
 */
final class DatasetValidation {

  private final ObjectReader rowReader;
  private final CsvDialect dialect;
  private final Path directory;
  private final Problems problems;

  DatasetValidation(ObjectReader rowReader, CsvDialect dialect, Path directory, Problems problems) {
    this.rowReader = rowReader;
    this.dialect = dialect;
    this.directory = directory;
    this.problems = problems;
  }

  /**
   * Checks the dataset.
   *
   * @return the files the dataset has
   * @throws CsvImportException with every problem found, if there is any
   */
  Set<DatasetFile> run() {
    FileCheck.requireFolder(directory);
    FileCheck files = new FileCheck(rowReader, dialect, directory, problems);
    Set<DatasetFile> present = EnumSet.noneOf(DatasetFile.class);
    for (DatasetFile file : DatasetFile.membership()) {
      if (files.exists(file)) {
        present.add(file);
      } else if (file.required()) {
        problems.add(
            new CsvProblem(
                file.fileName(),
                0,
                0,
                "",
                "the file is missing: a dataset needs " + file.fileName()));
      }
    }
    check(files, present, DatasetFile.MEMBERS, MembershipRows::member);
    check(files, present, DatasetFile.FEES, MembershipRows::fee);
    check(files, present, DatasetFile.PAYMENTS, MembershipRows::payment);
    if (!problems.isEmpty()) {
      throw new CsvImportException(problems.all());
    }
    return present;
  }

  private static void check(
      FileCheck files, Set<DatasetFile> present, DatasetFile file, Function<RowCells, ?> read) {
    if (present.contains(file)) {
      files.check(
          file,
          row -> {
            // a row whose cells cannot be told apart has only that problem
            if (!row.misaligned()) {
              read.apply(row);
            }
          });
    }
  }
}
