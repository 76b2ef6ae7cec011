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

import java.util.Objects;

/**
 * One thing wrong with a CSV dataset, located precisely enough to fix it in a spreadsheet.
 *
 * @param file the file's name within the dataset folder, for example {@code members.csv}
 * @param line the 1-based line in the file where the row starts; 0 when the problem concerns the
 *     whole file (for example a missing or empty file)
 * @param column the 1-based column (field position in the row); 0 when the problem concerns the
 *     whole line or file
 * @param columnName the column's name as in the header, for example {@code joined}; empty when
 *     {@code column} is 0
 * @param reason what is wrong and, where it helps, how to write it instead
 */
public record CsvProblem(String file, long line, int column, String columnName, String reason) {

  /** Checks the positions and that a column name goes with a column. */
  public CsvProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(columnName, "columnName");
    Objects.requireNonNull(reason, "reason");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column are 0 or more");
    }
    if (column == 0 && !columnName.isEmpty()) {
      throw new IllegalArgumentException("a problem without a column has no column name");
    }
  }

  /** How the reason of a file read in the wrong dialect begins; see {@link #wrongDialect()}. */
  static final String WRONG_DIALECT = "no known header in ";

  /**
   * True when the file's header names its columns in another dialect only (for example {@code no
   * known header in members.csv; is it excel-sv? try --dialect excel-sv}): then the whole dataset
   * is most likely in that dialect, and this one problem says all that matters.
   */
  public boolean wrongDialect() {
    return column == 0 && reason.startsWith(WRONG_DIALECT);
  }

  /**
   * A readable form, for example {@code members.csv line 4, column 5 (joined): '2016-13-01' is not
   * a date ...}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(" line ").append(line);
    }
    if (column > 0) {
      text.append(line > 0 ? ", " : " ").append("column ").append(column);
      text.append(" (").append(columnName).append(')');
    }
    return text.append(": ").append(reason).toString();
  }
}
