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
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Pass 2 of one file: its records, read again one row at a time. Should the file have changed since
 * pass 1 checked it, the stream throws a {@link CsvImportException} for the first bad row; the
 * core's import transaction then writes nothing.
 */
final class RecordStream {

  private RecordStream() {}

  /**
   * Opens a lazy stream over a file's records; the caller closes it.
   *
   * @param read makes a record of a row, or returns {@code null} leaving its problems in the row
   */
  static <T> Stream<T> of(
      ObjectReader rowReader,
      CsvDialect dialect,
      Path directory,
      DatasetFile file,
      Function<RowCells, T> read) {
    return open(rowReader, dialect, directory, file, read, false);
  }

  /**
   * Opens a lazy stream over the records of a file whose rows pass 1 did not check (its header it
   * did): pass 1 and pass 2 in one read. At the first row with a problem the stream reads the rest
   * of the file and throws a {@link CsvImportException} with every problem of it, as pass 1 would
   * have reported them; the records before it have been handed on, so the caller's transaction must
   * roll back, as the core's import does on any exception.
   *
   * @param read makes a record of a row, or returns {@code null} leaving its problems in the row
   */
  static <T> Stream<T> checking(
      ObjectReader rowReader,
      CsvDialect dialect,
      Path directory,
      DatasetFile file,
      Function<RowCells, T> read) {
    return open(rowReader, dialect, directory, file, read, true);
  }

  private static <T> Stream<T> open(
      ObjectReader rowReader,
      CsvDialect dialect,
      Path directory,
      DatasetFile file,
      Function<RowCells, T> read,
      boolean checking) {
    CsvRows rows;
    try {
      rows = CsvRows.open(rowReader, directory.resolve(file.fileName()), file.fileName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Header header = header(file, rows);
      Iterator<T> records = new Records<>(rows, header, dialect, read, checking);
      return StreamSupport.stream(
              Spliterators.spliteratorUnknownSize(
                  records, Spliterator.ORDERED | Spliterator.NONNULL),
              false)
          .onClose(() -> close(rows));
    } catch (RuntimeException e) {
      close(rows);
      throw e;
    }
  }

  /** A problem of a file that changed after pass 1 found it valid. */
  static CsvImportException changed(DatasetFile file, String reason) {
    return new CsvImportException(
        List.of(
            new CsvProblem(
                file.fileName(), 0, 0, "", reason + " (it changed after it was checked)")));
  }

  private static Header header(DatasetFile file, CsvRows rows) {
    Optional<CsvRow> first = nextRow(rows);
    if (first.isEmpty()) {
      throw changed(file, "the file is empty");
    }
    Header header = Header.of(file, first.get());
    if (!header.problems().isEmpty()) {
      throw new CsvImportException(header.problems());
    }
    return header;
  }

  private static Optional<CsvRow> nextRow(CsvRows rows) {
    try {
      return rows.next();
    } catch (MalformedCsvException e) {
      throw new CsvImportException(List.of(e.problem()));
    }
  }

  private static void close(CsvRows rows) {
    try {
      rows.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads ahead one record, so {@code hasNext} can answer. */
  private static final class Records<T> implements Iterator<T> {

    private final CsvRows rows;
    private final Header header;
    private final CsvDialect dialect;
    private final Function<RowCells, T> read;
    private final boolean checking;
    private T ahead;

    Records(
        CsvRows rows,
        Header header,
        CsvDialect dialect,
        Function<RowCells, T> read,
        boolean checking) {
      this.rows = rows;
      this.header = header;
      this.dialect = dialect;
      this.read = read;
      this.checking = checking;
    }

    @Override
    public boolean hasNext() {
      if (ahead == null) {
        Optional<CsvRow> row = nextRow(rows);
        if (row.isPresent()) {
          RowCells cells = new RowCells(header, row.get(), dialect);
          T record = cells.misaligned() ? null : read.apply(cells);
          if (record == null) {
            throw new CsvImportException(checking ? rest(cells) : cells.problems());
          }
          ahead = record;
        }
      }
      return ahead != null;
    }

    /** The problems of a bad row and of every row after it, as pass 1 reports a file's. */
    private List<CsvProblem> rest(RowCells bad) {
      Problems problems = new Problems();
      problems.addAll(bad.problems());
      try {
        for (Optional<CsvRow> row = rows.next(); row.isPresent(); row = rows.next()) {
          RowCells cells = new RowCells(header, row.get(), dialect);
          if (!cells.misaligned()) {
            read.apply(cells);
          }
          problems.addAll(cells.problems());
        }
      } catch (MalformedCsvException e) {
        problems.add(e.problem());
      }
      return problems.all();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      T record = ahead;
      ahead = null;
      return record;
    }
  }
}
