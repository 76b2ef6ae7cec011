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

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import se.westum.consortium.domain.shared.NotFoundException;

/**
 * Checks, before a batch writes anything, that the records it names are stored, so a refused batch
 * leaves nothing behind even in a transaction whose caller carries on. The tables' foreign keys
 * stay as a second line of defence.
 */
final class References {

  private References() {}

  /**
   * Records of one kind naming rows of another table.
   *
   * @param table the referenced table
   * @param idColumn its key column
   * @param what the kind of record, for the error
   * @param ids the ids a record names
   */
  record Reference<T>(String table, String idColumn, String what, Function<T, Stream<String>> ids) {

    /** Refuses as {@link References#require} does if a record names an id not stored. */
    void require(Handle handle, Collection<T> records) {
      References.require(handle, table, idColumn, what, records.stream().flatMap(ids));
    }
  }

  /**
   * Refuses with a {@link NotFoundException} naming {@code what} and the first id, in the order
   * given, that {@code table} does not hold.
   *
   * @param table the referenced table
   * @param idColumn its key column
   * @param what the kind of record, for the error: {@code project}, {@code partner}, ...
   * @param ids the ids named by the batch
   */
  static void require(
      Handle handle, String table, String idColumn, String what, Stream<String> ids) {
    Set<String> named = new LinkedHashSet<>();
    ids.forEach(named::add);
    if (named.isEmpty()) {
      return;
    }
    Set<String> stored = new HashSet<>();
    for (List<String> chunk : Chunks.of(named)) {
      stored.addAll(
          handle
              .createQuery(
                  "SELECT " + idColumn + " FROM " + table + " WHERE " + idColumn + " IN (<ids>)")
              .bindList("ids", chunk)
              .mapTo(String.class)
              .list());
    }
    for (String id : named) {
      if (!stored.contains(id)) {
        throw new NotFoundException(what, id);
      }
    }
  }
}
