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
package se.westum.consortium.application.service;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Cuts a stream into lists of bounded size: imports hold one batch in memory, not the file. */
final class Batches {

  /**
   * Imports write in chunks of this size: bounded memory (a few MB of records), few round trips.
   * 500 made the per-batch statements (reference check, COPY set-up, id look-up) a quarter to a
   * third of storing 100 000 mobilities on PostgreSQL and H2 (benchmarks/RESULTS.md, run E).
   */
  static final int SIZE = 5_000;

  private Batches() {}

  /**
   * Feeds {@code write} the stream's elements in lists of at most {@link #SIZE}; returns the count.
   */
  static <T> int inBatches(Stream<T> stream, Consumer<List<T>> write) {
    int count = 0;
    List<T> batch = new ArrayList<>(SIZE);
    for (Iterator<T> it = stream.iterator(); it.hasNext(); ) {
      batch.add(it.next());
      count++;
      if (batch.size() == SIZE) {
        write.accept(List.copyOf(batch));
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      write.accept(List.copyOf(batch));
    }
    return count;
  }
}
