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
import java.util.OptionalLong;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.project.ProjectId;

/**
 * Mobility grants, one per project, with their category grants and daily rates. A grant names a
 * stored project.
 */
public interface MobilityGrants {

  /** The record with this id, if stored. */
  Optional<MobilityGrant> find(ProjectId id);

  /** Every mobility grant ordered by project. */
  List<MobilityGrant> all();

  /** Stores the record, replacing a stored one with the same id (its parts included). */
  void save(MobilityGrant record);

  /**
   * Stores many records in batches, replacing by id; a record equal to the stored one is not
   * rewritten.
   *
   * @return how many were new, changed and unchanged
   */
  Saved saveAll(Collection<MobilityGrant> records);

  /**
   * The budget revision of a project: a value that every write to the project's grant or mobilities
   * replaces, in the writing transaction, and that is never taken again, so a budget computed at
   * one revision holds, in any process, as long as the revision is the same. This default keeps
   * none: nothing computed is kept, every budget is computed afresh.
   *
   * @return the revision; empty when the project has no grant or the storage keeps no revision
   */
  default OptionalLong revision(ProjectId project) {
    return OptionalLong.empty();
  }
}
