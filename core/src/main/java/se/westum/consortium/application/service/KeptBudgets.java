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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.westum.consortium.application.port.in.BudgetConsumption;
import se.westum.consortium.domain.project.ProjectId;

/**
 * Budgets already computed, each with the project's budget revision it was computed at (see {@link
 * se.westum.consortium.application.port.out.MobilityGrants#revision}): a kept budget is handed out
 * only while the stored revision is the one it was computed at. Holds the most recently used
 * {@value #KEPT} (project, day) pairs, so memory stays bounded. Thread-safe.
 */
final class KeptBudgets {

  static final int KEPT = 256;

  private record Key(ProjectId project, LocalDate at) {}

  private record Kept(long revision, BudgetConsumption budget) {}

  // in order of last use: a hit is moved to the end, the eldest goes first
  private final Map<Key, Kept> kept =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
          return size() > KEPT;
        }
      };

  /** The budget kept for the project and day, if it was computed at {@code revision}. */
  synchronized Optional<BudgetConsumption> at(ProjectId project, LocalDate at, long revision) {
    Key key = new Key(project, at);
    Kept found = kept.remove(key);
    if (found != null) {
      kept.put(key, found);
    }
    return found != null && found.revision() == revision
        ? Optional.of(found.budget())
        : Optional.empty();
  }

  /**
   * Keeps a budget computed at {@code revision}, replacing the one kept for its project and day.
   */
  synchronized void keep(long revision, BudgetConsumption budget) {
    kept.put(new Key(budget.grant().project(), budget.at()), new Kept(revision, budget));
  }
}
