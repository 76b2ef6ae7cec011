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
package se.westum.consortium.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.project.ProjectId;

/** Mobilities. A mobility names a stored project. */
public interface Mobilities {

  /** The record with this id, if stored. */
  Optional<Mobility> find(MobilityId id);

  /** The mobilities of a project ordered by start and id. */
  List<Mobility> ofProject(ProjectId project);

  /**
   * Hands each mobility of a project to {@code action}, in no particular order, without holding
   * them all: what a figure over many mobilities folds (the budget's consumption). A storage over a
   * database streams the rows; this default reads {@link #ofProject}.
   */
  default void forEachOfProject(ProjectId project, Consumer<Mobility> action) {
    ofProject(project).forEach(action);
  }

  /**
   * Hands each group of alike mobilities of a project to {@code action} as one of them and the
   * group's size, in no particular order. Alike mobilities agree in all that a mobility's grant and
   * its completion depend on: category, status, the places' coordinates and countries, start, end,
   * travel days, green travel, fewer opportunities and course days; so the one shown stands for
   * every one of its group in a budget. A storage over a database groups the rows there (one row
   * per group crosses the wire); this default hands each mobility alone, with 1.
   */
  default void forEachAlikeOfProject(ProjectId project, ObjLongConsumer<Mobility> action) {
    forEachOfProject(project, mobility -> action.accept(mobility, 1));
  }

  /** Stores the record, replacing a stored one with the same id (its parts included). */
  void save(Mobility record);

  /**
   * Stores many records in batches, replacing by id; a record equal to the stored one is not
   * rewritten.
   *
   * @return how many were new, changed and unchanged
   */
  Saved saveAll(Collection<Mobility> records);
}
