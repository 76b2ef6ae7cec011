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

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * The budget revision of each project with a grant (column {@code revision} of {@code
 * consortium_mobility_grant}): replaced with a new random value by every write to the project's
 * grant or mobilities, in the writing transaction, so a budget computed at one revision may be kept
 * while the revision stays the same.
 */
final class BudgetRevisions {

  // random, not counted up: a value a rolled-back write set is never taken again by other data
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final String SELECT =
      "SELECT revision FROM consortium_mobility_grant WHERE project_id = ?";

  private BudgetRevisions() {}

  /** The project's revision; empty if it has no grant. */
  static OptionalLong of(Database database, String project) {
    // plain JDBC: read on every budget request, where a Jdbi handle would cost more than the read
    return database.readPlain(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setString(1, project);
            try (ResultSet row = statement.executeQuery()) {
              return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
          }
        });
  }

  /** Gives each of the projects that has a grant a new revision. */
  static void replace(Handle handle, Collection<String> projects) {
    Set<String> distinct = new TreeSet<>(projects);
    if (distinct.isEmpty()) {
      return;
    }
    for (List<String> chunk : Chunks.of(distinct)) {
      handle
          .createUpdate(
              "UPDATE consortium_mobility_grant SET revision = :revision"
                  + " WHERE project_id IN (<projects>)")
          .bind("revision", RANDOM.nextLong())
          .bindList("projects", chunk)
          .execute();
    }
  }

  /**
   * Gives a new revision to the projects the mobilities are written to and to the projects the
   * stored mobilities with their ids belong to now (a mobility may move to another project). Runs
   * before the mobilities are written, in their transaction.
   */
  static void replaceForMobilities(
      Handle handle, Collection<String> projects, Collection<String> mobilityIds) {
    Set<String> touched = new TreeSet<>(projects);
    for (List<String> chunk : Chunks.of(new TreeSet<>(mobilityIds))) {
      touched.addAll(
          handle
              .createQuery(
                  "SELECT DISTINCT project_id FROM consortium_mobility"
                      + " WHERE mobility_id IN (<ids>)")
              .bindList("ids", chunk)
              .mapTo(String.class)
              .list());
    }
    replace(handle, touched);
  }
}
