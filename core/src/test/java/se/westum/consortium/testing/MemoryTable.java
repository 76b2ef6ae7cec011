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
package se.westum.consortium.testing;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import se.westum.consortium.application.port.out.Saved;

/**
 * Records keyed by id, listed in a fixed order, with one snapshot for rollback: the one table of
 * the in-memory storage, used by {@link InMemoryStorage} and its training ports alike. The caller
 * holds the storage's lock.
 */
final class MemoryTable<K, V> {
  private final Function<V, K> key;
  private final Comparator<V> order;
  private Map<K, V> rows = new HashMap<>();
  private Map<K, V> saved = Map.of();

  MemoryTable(Function<V, K> key, Comparator<V> order) {
    this.key = key;
    this.order = order;
  }

  Optional<V> find(K id) {
    return Optional.ofNullable(rows.get(id));
  }

  List<V> all() {
    return rows.values().stream().sorted(order).toList();
  }

  /** The records {@code wanted} accepts, in the table's order. */
  List<V> of(Predicate<V> wanted) {
    return rows.values().stream().filter(wanted).sorted(order).toList();
  }

  Void putAll(Collection<V> values) {
    values.forEach(v -> rows.put(key.apply(v), v));
    return null;
  }

  /** Stores one value under a key of the caller's (a table whose values carry no key). */
  void put(K id, V value) {
    rows.put(id, value);
  }

  /** Stores the values by key; a value equal to the stored one is left as it is. */
  Saved merge(Collection<V> values) {
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    for (V value : values) {
      V stored = rows.put(key.apply(value), value);
      if (stored == null) {
        added++;
      } else if (stored.equals(value)) {
        unchanged++;
      } else {
        changed++;
      }
    }
    return new Saved(added, changed, unchanged);
  }

  void snapshot() {
    saved = new HashMap<>(rows);
  }

  void restore() {
    rows = new HashMap<>(saved);
  }
}
