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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Pass 2's access to a checked folder: opens the record stream of a file the dataset has, and an
 * empty one for a file it lacks. Shared by the membership, governance and project datasets.
 */
final class DatasetStreams {

  private final ObjectReader rowReader;
  private final CsvDialect dialect;
  private final Path directory;
  private final Set<DatasetFile> present;

  DatasetStreams(
      ObjectReader rowReader, CsvDialect dialect, Path directory, Set<DatasetFile> present) {
    this.rowReader = rowReader;
    this.dialect = dialect;
    this.directory = directory;
    this.present = Set.copyOf(present);
  }

  /** The records of a file, read one row at a time as the stream is consumed. */
  <T> Stream<T> stream(DatasetFile file, Function<RowCells, T> read) {
    if (!present.contains(file)) {
      return Stream.empty();
    }
    return RecordStream.of(rowReader, dialect, directory, file, read);
  }

  /**
   * The records of a file whose rows were not checked before ({@link RecordStream#checking}): a row
   * with a problem ends the stream with every problem of the rest of the file.
   */
  <T> Stream<T> checking(DatasetFile file, Function<RowCells, T> read) {
    if (!present.contains(file)) {
      return Stream.empty();
    }
    return RecordStream.checking(rowReader, dialect, directory, file, read);
  }

  /**
   * The rows of a small child file, read whole and grouped by the key of their parent, in file
   * order: the parents then stream and look their parts up.
   */
  <R, K, V> Map<K, List<V>> grouped(
      DatasetFile file, Function<RowCells, R> read, Function<R, K> parent, Function<R, V> part) {
    Map<K, List<V>> groups = new LinkedHashMap<>();
    try (Stream<R> rows = stream(file, read)) {
      rows.forEach(
          row ->
              groups
                  .computeIfAbsent(parent.apply(row), key -> new ArrayList<>())
                  .add(part.apply(row)));
    }
    return groups;
  }

  /** A locator of refused records in this folder. */
  Locator locator() {
    return new Locator(rowReader, directory);
  }

  /** A stream that reads its files only when it is consumed, and closes what it opened. */
  static <T> Stream<T> lazily(Supplier<Stream<T>> records) {
    return Stream.of(records).flatMap(Supplier::get);
  }
}
