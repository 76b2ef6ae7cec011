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
import java.util.Optional;
import java.util.stream.Stream;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Page;
import se.westum.consortium.domain.shared.PageRequest;

/** The consortium's members, keyed by organisation number. */
public interface Members {

  /** The member with this organisation number, if stored. */
  Optional<Member> find(OrganisationNumber organisationNumber);

  /** A page of members ordered by organisation number. */
  Page<Member> list(PageRequest request);

  /**
   * Every member ordered by organisation number, read lazily. The caller must close the stream
   * (try-with-resources): a database-backed stream holds a connection until closed.
   */
  Stream<Member> stream();

  /**
   * Stores a new member.
   *
   * @return the member as stored, with version 1
   * @throws ConflictException with code {@code duplicate-member} if the number is taken
   */
  Member add(Member member);

  /**
   * Stores a changed member if nobody changed it since it was read.
   *
   * @param member the changed member; its {@link Member#version()} is the version it was read at
   * @return the member as stored, its version one higher
   * @throws ConflictException with code {@code version-conflict} naming the member if the stored
   *     version differs
   * @throws NotFoundException if no such member is stored
   */
  Member update(Member member);

  /**
   * Inserts or updates many members by organisation number in batches (imports). Versions of the
   * given members are ignored. A member equal to the stored one (see {@link Member#sameAs}) is not
   * rewritten and keeps its version; a changed member's version goes up by one. The last of several
   * members with one organisation number wins, as if they were saved one by one.
   *
   * @return how many were new, changed and unchanged
   */
  Saved saveAll(Collection<Member> members);
}
