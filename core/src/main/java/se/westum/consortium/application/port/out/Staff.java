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
import se.westum.consortium.domain.governance.StaffId;
import se.westum.consortium.domain.governance.StaffMember;

/** The consortium's staff (employments). */
public interface Staff {

  /** The employment with this id, if stored. */
  Optional<StaffMember> find(StaffId id);

  /** Every employment ordered by first day and id. */
  List<StaffMember> all();

  /** Stores the employment, replacing a stored one with the same id. */
  void save(StaffMember member);

  /**
   * Stores many records in batches, replacing by id; a record equal to the stored one is not
   * rewritten.
   *
   * @return how many were new, changed and unchanged
   */
  Saved saveAll(Collection<StaffMember> staff);
}
