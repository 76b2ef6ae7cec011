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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Pass 1 of one file: reads it once, streaming, checks its header and hands every row to a check;
 * every problem goes to {@link Problems}. Shared by the membership, governance and project
 * validation.
 */
final class FileCheck {

  private final ObjectReader rowReader;
  private final CsvDialect dialect;
  private final Path directory;
  private final Problems problems;
  private final Map<DatasetFile, Header> headers = new EnumMap<>(DatasetFile.class);

  FileCheck(ObjectReader rowReader, CsvDialect dialect, Path directory, Problems problems) {
    this.rowReader = rowReader;
    this.dialect = dialect;
    this.directory = directory;
    this.problems = problems;
  }

  /**
   * Refuses a path that is no folder: nothing in it can be checked.
   *
   * @throws CsvImportException naming the path
   */
  static void requireFolder(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new CsvImportException(
          List.of(new CsvProblem(directory.toString(), 0, 0, "", "is not a folder of CSV files")));
    }
  }

  /** True when the folder has the file. */
  boolean exists(DatasetFile file) {
    return Files.exists(directory.resolve(file.fileName()));
  }

  /** The files of a context that the folder has. */
  Set<DatasetFile> present(List<DatasetFile> context) {
    Set<DatasetFile> present = EnumSet.noneOf(DatasetFile.class);
    for (DatasetFile file : context) {
      if (exists(file)) {
        present.add(file);
      }
    }
    return present;
  }

  /**
   * Reads a file if the dataset has it; true when every row of it is known: it was read to its end,
   * or it is absent and so has no rows (a reference to it is then an error).
   */
  boolean checkIfPresent(Set<DatasetFile> present, DatasetFile file, Consumer<RowCells> checkRow) {
    return !present.contains(file) || check(file, checkRow).isPresent();
  }

  /** The header of a file that was read to its end; empty for any other file. */
  Optional<Header> header(DatasetFile file) {
    return Optional.ofNullable(headers.get(file));
  }

  /**
   * Reads one file.
   *
   * @return its header when the file could be read to its end, so that what its rows lack proves
   *     something; empty when reading stopped early (a structural error, an unusable header)
   */
  Optional<Header> check(DatasetFile file, Consumer<RowCells> checkRow) {
    return read(file, checkRow, true);
  }

  /**
   * Checks only a file's header (as {@link #check} does, dialect included), for a file whose rows
   * are checked as they stream ({@link RecordStream#checking}).
   *
   * @return its header when it can be used
   */
  Optional<Header> checkHeader(DatasetFile file) {
    return read(file, row -> {}, false);
  }

  private Optional<Header> read(DatasetFile file, Consumer<RowCells> checkRow, boolean allRows) {
    try (CsvRows rows =
        CsvRows.open(rowReader, directory.resolve(file.fileName()), file.fileName())) {
      Optional<CsvRow> first = rows.next();
      if (first.isEmpty()) {
        problems.add(
            new CsvProblem(
                file.fileName(),
                0,
                0,
                "",
                "the file is empty: it needs at least the header line ("
                    + file.columnList()
                    + ")"));
        return Optional.empty();
      }
      Header header = Header.of(file, first.get());
      Optional<CsvProblem> wrongDialect =
          header.namesNoColumn()
              ? Header.wrongDialect(file, first.get(), dialect)
              : Optional.empty();
      if (wrongDialect.isPresent()) {
        // the delimiter is wrong, so every other finding in the file would be noise
        problems.add(wrongDialect.get());
        return Optional.empty();
      }
      problems.addAll(header.problems());
      if (!header.usable()) {
        return Optional.empty();
      }
      if (!allRows) {
        return Optional.of(header);
      }
      for (Optional<CsvRow> row = rows.next(); row.isPresent(); row = rows.next()) {
        RowCells cells = new RowCells(header, row.get(), dialect);
        checkRow.accept(cells);
        problems.addAll(cells.problems());
      }
      headers.put(file, header);
      return Optional.of(header);
    } catch (MalformedCsvException e) {
      problems.add(e.problem());
      return Optional.empty();
    } catch (IOException e) {
      problems.add(
          new CsvProblem(file.fileName(), 0, 0, "", "the file cannot be read: " + e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * The keys in one column of a file that another import checks (members.csv, meetings.csv), read
   * without reporting that file's problems: they are {@code readMembership}'s and {@code
   * readGovernance}'s to report.
   *
   * @return the keys that can be read, or empty when the file cannot be read to its end (then
   *     references to it prove nothing and are not checked)
   */
  <T> Optional<Set<T>> keys(DatasetFile file, Column column, Function<String, T> parse) {
    try (CsvRows rows =
        CsvRows.open(rowReader, directory.resolve(file.fileName()), file.fileName())) {
      Optional<CsvRow> first = rows.next();
      if (first.isEmpty()) {
        return Optional.empty();
      }
      Header header = Header.of(file, first.get());
      if (!header.usable() || header.position(column).isEmpty()) {
        return Optional.empty();
      }
      Set<T> keys = new HashSet<>();
      for (Optional<CsvRow> row = rows.next(); row.isPresent(); row = rows.next()) {
        new RowCells(header, row.get(), dialect).peek(column, parse).ifPresent(keys::add);
      }
      return Optional.of(keys);
    } catch (MalformedCsvException | IOException e) {
      return Optional.empty();
    }
  }
}
