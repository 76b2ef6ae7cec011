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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.domain.training.SurveyAnswer;
import se.westum.consortium.domain.training.SurveyMapping;
import se.westum.consortium.domain.training.SurveyRow;
import se.westum.consortium.domain.training.Vocabulary;

/**
 * {@code survey_answers.csv}: a survey tool's export in its own columns, read one row at a time
 * through the project's {@link SurveyMapping} by the core's {@link SurveyRow}. Columns the mapping
 * does not name are ignored; a cell problem is placed at its line and column.
 */
final class SurveyFile {

  private static final DatasetFile FILE = DatasetFile.SURVEY_ANSWERS;

  private SurveyFile() {}

  /** One row read: the answer, or the problems of its cells. */
  private record Read(Optional<SurveyAnswer> answer, List<CsvProblem> problems) {}

  /** Pass 1: reports every problem of every row; keeps nothing. */
  static void check(
      ObjectReader rowReader,
      Path directory,
      SurveyMapping mapping,
      Vocabulary vocabulary,
      Problems problems) {
    try (Stream<Read> rows = rows(rowReader, directory, mapping, vocabulary)) {
      rows.forEach(r -> problems.addAll(r.problems()));
    } catch (CsvImportException e) {
      problems.addAll(e.problems());
    }
  }

  /** Pass 2: the answers, read as the stream is consumed; a problem stops the stream. */
  static Stream<SurveyAnswer> answers(
      ObjectReader rowReader, Path directory, SurveyMapping mapping, Vocabulary vocabulary) {
    return rows(rowReader, directory, mapping, vocabulary)
        .map(
            r -> {
              if (!r.problems().isEmpty()) {
                throw new CsvImportException(r.problems());
              }
              return r.answer().orElseThrow();
            });
  }

  private static Stream<Read> rows(
      ObjectReader rowReader, Path directory, SurveyMapping mapping, Vocabulary vocabulary) {
    CsvRows rows;
    try {
      rows = CsvRows.open(rowReader, directory.resolve(FILE.fileName()), FILE.fileName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Optional<CsvRow> first = rows.next();
      if (first.isEmpty()) {
        close(rows);
        return Stream.empty();
      }
      List<String> header = first.get().fields().stream().map(String::strip).toList();
      Iterator<Read> reads =
          new Iterator<>() {
            private Optional<CsvRow> ahead;

            @Override
            public boolean hasNext() {
              if (ahead == null) {
                try {
                  ahead = rows.next();
                } catch (MalformedCsvException e) {
                  throw new CsvImportException(List.of(e.problem()));
                }
              }
              return ahead.isPresent();
            }

            @Override
            public Read next() {
              if (!hasNext()) {
                throw new NoSuchElementException();
              }
              CsvRow row = ahead.get();
              ahead = null;
              return read(header, row, mapping, vocabulary);
            }
          };
      return StreamSupport.stream(
              Spliterators.spliteratorUnknownSize(reads, Spliterator.ORDERED), false)
          .onClose(() -> close(rows));
    } catch (MalformedCsvException e) {
      close(rows);
      throw new CsvImportException(List.of(e.problem()));
    } catch (RuntimeException e) {
      close(rows);
      throw e;
    }
  }

  private static Read read(
      List<String> header, CsvRow row, SurveyMapping mapping, Vocabulary vocabulary) {
    if (row.fields().size() != header.size()) {
      return new Read(
          Optional.empty(),
          List.of(
              new CsvProblem(
                  FILE.fileName(),
                  row.line(),
                  0,
                  "",
                  "the row has "
                      + row.fields().size()
                      + " cells but the header names "
                      + header.size()
                      + " columns")));
    }
    Map<String, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      cells.put(header.get(i), FormulaGuard.restore(row.fields().get(i).strip()));
    }
    try {
      return new Read(Optional.of(SurveyRow.read(mapping, vocabulary, cells)), List.of());
    } catch (ValidationException e) {
      List<CsvProblem> problems = new ArrayList<>();
      for (ValidationException.FieldError error : e.errors()) {
        int column = header.indexOf(error.field()) + 1;
        problems.add(
            new CsvProblem(
                FILE.fileName(),
                row.line(),
                column,
                column == 0 ? "" : error.field(),
                column == 0 ? error.field() + ": " + error.message() : error.message()));
      }
      return new Read(Optional.empty(), problems);
    } catch (DomainException e) {
      return new Read(
          Optional.empty(),
          List.of(new CsvProblem(FILE.fileName(), row.line(), 0, "", RowCells.reason(e))));
    }
  }

  private static void close(CsvRows rows) {
    try {
      rows.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
