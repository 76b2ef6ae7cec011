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
import java.util.Collection;
import java.util.List;

/** Splits bulk writes so each key look-up binds a bounded number of parameters. */
final class Chunks {

  /**
   * Records per chunk: one key query, then one batch per statement. Well below PostgreSQL's limit
   * of 32,767 bind parameters per statement.
   */
  static final int SIZE = 1000;

  private Chunks() {}

  static <T> List<List<T>> of(Collection<T> items) {
    List<T> all = List.copyOf(items);
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += SIZE) {
      chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
    }
    return chunks;
  }
}
