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
import java.util.Set;
import java.util.stream.Stream;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.shared.NotFoundException;

/** Decisions (§) of meetings, identified by meeting and § number. */
public interface Decisions {

  /** The decision with this id, if stored. */
  Optional<Decision> find(DecisionId id);

  /** The decisions of a meeting ordered by § number. */
  List<Decision> ofMeeting(MeetingId meeting);

  /**
   * Stores the decision, replacing a stored one with the same id.
   *
   * @throws NotFoundException if its meeting is not stored
   */
  void save(Decision decision);

  /**
   * Stores many decisions in batches, replacing by id; a record equal to the stored one is not
   * rewritten.
   *
   * @return how many were new, changed and unchanged
   */
  Saved saveAll(Collection<Decision> decisions);

  /** Every decision ordered by meeting and § number; the caller must close the stream. */
  Stream<Decision> stream();

  /**
   * How many decisions were taken at the given meetings: what the governance figures count. A
   * storage over a database counts there ({@code COUNT}); this default streams every decision.
   */
  default int countAt(Set<MeetingId> meetings) {
    if (meetings.isEmpty()) {
      return 0;
    }
    try (Stream<Decision> all = stream()) {
      return (int) all.filter(d -> meetings.contains(d.id().meeting())).count();
    }
  }
}
