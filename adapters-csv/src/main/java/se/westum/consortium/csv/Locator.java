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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.westum.consortium.domain.shared.RefusedRecord;
import se.westum.consortium.domain.shared.SourceLocation;

/**
 * Places the records the core refused in the files they came from: which file, line and column.
 * Runs only for a refused import, reading each file concerned once more, streaming, so memory does
 * not grow with the file.
 */
final class Locator {

  private final ObjectReader rowReader;
  private final Path directory;

  Locator(ObjectReader rowReader, Path directory) {
    this.rowReader = rowReader;
    this.directory = directory;
  }

  /**
   * Where a refused record's field stands.
   *
   * @param file the file holding the row
   * @param key the column whose cell must equal {@code value}, or {@code null} to count every row
   * @param value the key's value, when {@code key} is given
   * @param occurrence the 1-based number of the row among those counted
   * @param column the column of the field, or {@code null} for the row as a whole
   */
  record Spot(DatasetFile file, Column key, String value, long occurrence, Column column) {

    /** The {@code ordinal}-th row of {@code file}. */
    static Spot nth(DatasetFile file, long ordinal, Column column) {
      return new Spot(file, null, null, ordinal, column);
    }

    /** The {@code occurrence}-th row of {@code file} whose {@code key} cell is {@code value}. */
    static Spot keyed(DatasetFile file, Column key, String value, long occurrence, Column column) {
      return new Spot(file, key, value, occurrence, column);
    }
  }

  /**
   * The refusals, each located where {@code spot} says (a refusal whose spot is empty is left as it
   * is), in their original order.
   */
  List<RefusedRecord> locate(
      List<RefusedRecord> refused, Function<RefusedRecord, Optional<Spot>> spot) {
    Map<DatasetFile, Map<Integer, Spot>> byFile = new LinkedHashMap<>();
    for (int i = 0; i < refused.size(); i++) {
      int index = i;
      spot.apply(refused.get(i))
          .ifPresent(s -> byFile.computeIfAbsent(s.file(), f -> new HashMap<>()).put(index, s));
    }
    List<RefusedRecord> located = new ArrayList<>(refused);
    byFile.forEach(
        (file, spots) ->
            find(file, spots)
                .forEach((index, where) -> located.set(index, located.get(index).at(where))));
    return located;
  }

  private Map<Integer, SourceLocation> find(DatasetFile file, Map<Integer, Spot> spots) {
    Map<Integer, SourceLocation> found = new HashMap<>();
    try (CsvRows rows =
        CsvRows.open(rowReader, directory.resolve(file.fileName()), file.fileName())) {
      Optional<CsvRow> first = rows.next();
      if (first.isEmpty()) {
        return found;
      }
      Header header = Header.of(file, first.get());
      long counted = 0;
      Map<String, Long> keyed = new HashMap<>();
      for (Optional<CsvRow> row = rows.next();
          row.isPresent() && found.size() < spots.size();
          row = rows.next()) {
        counted++;
        CsvRow current = row.get();
        for (Map.Entry<Integer, Spot> entry : spots.entrySet()) {
          Spot s = entry.getValue();
          if (found.containsKey(entry.getKey())) {
            continue;
          }
          boolean match;
          if (s.key() == null) {
            match = counted == s.occurrence();
          } else {
            String cell = cell(header, current, s.key());
            match =
                s.value().equals(cell)
                    && keyed.merge(entry.getKey() + "\u0000", 1L, Long::sum) == s.occurrence();
          }
          if (match) {
            found.put(entry.getKey(), where(file, header, current.line(), s.column()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MalformedCsvException e) {
      // the file was readable when it was checked; a file that changed since is left unlocated
    }
    return found;
  }

  private static String cell(Header header, CsvRow row, Column column) {
    return header
        .position(column)
        .filter(p -> p <= row.fields().size())
        .map(p -> row.fields().get(p - 1).strip())
        .orElse(null);
  }

  private static SourceLocation where(DatasetFile file, Header header, long line, Column column) {
    Optional<Integer> position = column == null ? Optional.empty() : header.position(column);
    return position
        .map(p -> new SourceLocation(file.fileName(), line, p, column.header()))
        .orElseGet(() -> new SourceLocation(file.fileName(), line, 0, ""));
  }
}
