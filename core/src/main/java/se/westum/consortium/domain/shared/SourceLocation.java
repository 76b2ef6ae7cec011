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
package se.westum.consortium.domain.shared;

import java.util.Objects;

/**
 * Where in an import's source a refused value stands, as the adapter that read it says: for a CSV
 * file the file, line, column and column name.
 *
 * @param file the file's name, for example {@code mobilities.csv}
 * @param line the 1-based line, 0 when the problem is the file's as a whole
 * @param column the 1-based column, 0 when the problem is the row's as a whole
 * @param columnName the column's name, or empty
 */
public record SourceLocation(String file, long line, int column, String columnName) {

  /** Requires a file and a column name (possibly empty). */
  public SourceLocation {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(columnName, "columnName");
  }

  @Override
  public String toString() {
    // the form of the CSV adapter's problems: members.csv line 4, column 5 (joined)
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(" line ").append(line);
    }
    if (column > 0) {
      text.append(line > 0 ? ", " : " ").append("column ").append(column);
      text.append(" (").append(columnName).append(')');
    }
    return text.toString();
  }
}
