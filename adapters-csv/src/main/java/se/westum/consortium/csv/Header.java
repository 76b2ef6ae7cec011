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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The header line of a file: which column sits at which position. Names are matched trimmed and
 * case-insensitively, so column order is free.
 */
final class Header {

  private final DatasetFile file;
  private final Map<Column, Integer> positions;
  // 0-based index by column ordinal, -1 when absent: a cell is read per column per row
  private final int[] indexes;
  private final int width;
  private final List<CsvProblem> problems;
  private final boolean usable;

  private Header(
      DatasetFile file,
      Map<Column, Integer> positions,
      int width,
      List<CsvProblem> problems,
      boolean usable) {
    this.file = file;
    this.positions = positions;
    this.indexes = new int[Column.values().length];
    Arrays.fill(indexes, -1);
    positions.forEach((column, index) -> indexes[column.ordinal()] = index);
    this.width = width;
    this.problems = List.copyOf(problems);
    this.usable = usable;
  }

  /** Reads the header from the file's first row and checks it against the file's columns. */
  static Header of(DatasetFile file, CsvRow first) {
    Map<Column, Integer> positions = new EnumMap<>(Column.class);
    List<CsvProblem> problems = new ArrayList<>();
    List<String> fields = first.fields();
    boolean duplicates = false;
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.get(i).strip().toLowerCase(Locale.ROOT);
      Optional<Column> column =
          file.columns().stream().filter(c -> c.header().equals(name)).findFirst();
      if (column.isEmpty()) {
        problems.add(
            problem(
                file,
                first.line(),
                i + 1,
                fields.get(i).strip(),
                name.isEmpty()
                    ? "a column has no name; "
                        + file.fileName()
                        + " has the columns "
                        + file.columnList()
                    : "unknown column '"
                        + fields.get(i).strip()
                        + "'; "
                        + file.fileName()
                        + " has the columns "
                        + file.columnList()));
      } else if (positions.containsKey(column.get())) {
        duplicates = true;
        problems.add(
            problem(
                file,
                first.line(),
                i + 1,
                column.get().header(),
                "duplicate column '"
                    + column.get().header()
                    + "': it is also column "
                    + (positions.get(column.get()) + 1)));
      } else {
        positions.put(column.get(), i);
      }
    }
    if (positions.isEmpty()) {
      // nothing in the first line is a column name: most likely the header was left out
      return new Header(
          file,
          positions,
          fields.size(),
          List.of(
              new CsvProblem(
                  file.fileName(),
                  first.line(),
                  0,
                  "",
                  "missing header: the first line must name the columns ("
                      + file.columnList()
                      + ") but names none of them")),
          false);
    }
    boolean missing = false;
    for (Column column : file.columns()) {
      if (!positions.containsKey(column) && !file.optional(column)) {
        missing = true;
        problems.add(
            new CsvProblem(
                file.fileName(),
                first.line(),
                0,
                "",
                "missing required column '" + column.header() + "' in the header"));
      }
    }
    List<Column> together = file.together();
    if (together.stream().anyMatch(positions::containsKey)) {
      for (Column column : together) {
        if (!positions.containsKey(column)) {
          missing = true;
          problems.add(
              new CsvProblem(
                  file.fileName(),
                  first.line(),
                  0,
                  "",
                  "missing column '"
                      + column.header()
                      + "' in the header: the columns "
                      + together.stream().map(Column::header).collect(Collectors.joining(", "))
                      + " come together"));
        }
      }
    }
    return new Header(file, positions, fields.size(), problems, !missing && !duplicates);
  }

  /**
   * When the first line names no column in {@code dialect} but does in another dialect, the one
   * problem that says so (instead of a line per file or per column that the wrong delimiter makes
   * of it): for example "no known header; is it excel-sv? try --dialect excel-sv".
   */
  static Optional<CsvProblem> wrongDialect(DatasetFile file, CsvRow first, CsvDialect dialect) {
    String line =
        first.fields().stream().collect(Collectors.joining(String.valueOf(dialect.separator())));
    for (CsvDialect other : CsvDialect.values()) {
      if (other == dialect) {
        continue;
      }
      boolean names =
          java.util.Arrays.stream(
                  line.split(java.util.regex.Pattern.quote(String.valueOf(other.separator()))))
              .map(name -> name.strip().toLowerCase(Locale.ROOT))
              .anyMatch(name -> file.columns().stream().anyMatch(c -> c.header().equals(name)));
      if (names) {
        return Optional.of(
            new CsvProblem(
                file.fileName(),
                first.line(),
                0,
                "",
                CsvProblem.WRONG_DIALECT
                    + file.fileName()
                    + "; is it "
                    + other.cliName()
                    + "? try --dialect "
                    + other.cliName()));
      }
    }
    return Optional.empty();
  }

  /** True when the first line names none of the file's columns. */
  boolean namesNoColumn() {
    return positions.isEmpty();
  }

  private static CsvProblem problem(
      DatasetFile file, long line, int column, String columnName, String reason) {
    // a nameless column has no name to report: point at the column by position only
    return columnName.isEmpty()
        ? new CsvProblem(file.fileName(), line, 0, "", "column " + column + ": " + reason)
        : new CsvProblem(file.fileName(), line, column, columnName, reason);
  }

  /** What is wrong with the header; empty when nothing is. */
  List<CsvProblem> problems() {
    return problems;
  }

  /**
   * True when the rows can be read by this header: every required column is there, once. Unknown
   * columns are reported but do not stop the rows from being checked.
   */
  boolean usable() {
    return usable;
  }

  /** The number of fields every row must have. */
  int width() {
    return width;
  }

  /** The file this header belongs to. */
  DatasetFile file() {
    return file;
  }

  /** The 1-based position of a column; empty when the header leaves an optional column out. */
  Optional<Integer> position(Column column) {
    return Optional.ofNullable(positions.get(column)).map(i -> i + 1);
  }

  /** The 0-based index of a column's cell, or -1 when the header leaves it out. */
  int index(Column column) {
    return indexes[column.ordinal()];
  }
}
