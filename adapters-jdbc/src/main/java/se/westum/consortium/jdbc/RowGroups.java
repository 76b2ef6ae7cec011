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
package se.westum.consortium.jdbc;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Records read as the join of a row and its child rows: one row per child (or one row with empty
 * child columns), ordered so the rows of one record are consecutive, folded back into one record
 * each.
 */
final class RowGroups {

  private RowGroups() {}

  /** The records of rows already read. */
  static <R, T> List<T> fold(List<R> rows, Function<R, ?> key, Function<List<R>, T> record) {
    List<T> records = new ArrayList<>();
    new Folding<>(rows.iterator(), key, record).forEachRemaining(records::add);
    return records;
  }

  /** The records of a row stream, folded as they are read; closing one closes the other. */
  static <R, T> Stream<T> fold(Stream<R> rows, Function<R, ?> key, Function<List<R>, T> record) {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                new Folding<>(rows.iterator(), key, record),
                Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(rows::close);
  }

  /** Collects consecutive rows with one key, looking one row ahead. */
  private static final class Folding<R, T> implements Iterator<T> {
    private final Iterator<R> rows;
    private final Function<R, ?> key;
    private final Function<List<R>, T> record;
    private R ahead;

    Folding(Iterator<R> rows, Function<R, ?> key, Function<List<R>, T> record) {
      this.rows = rows;
      this.key = key;
      this.record = record;
    }

    @Override
    public boolean hasNext() {
      return ahead != null || rows.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      R first = ahead != null ? ahead : rows.next();
      ahead = null;
      Object id = key.apply(first);
      List<R> group = new ArrayList<>();
      group.add(first);
      while (rows.hasNext()) {
        R row = rows.next();
        if (!Objects.equals(key.apply(row), id)) {
          ahead = row;
          break;
        }
        group.add(row);
      }
      return record.apply(group);
    }
  }
}
