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
import java.util.stream.Stream;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.NotFoundException;

/** Events with their participation. */
public interface Events {

  /** The event with this id, if stored. */
  Optional<Event> find(EventId id);

  /** Events that share a day with {@code period}, ordered by first day and id. */
  List<Event> overlapping(DateRange period);

  /**
   * Stores the event, replacing a stored one with the same id (participation included).
   *
   * @throws NotFoundException if it names a goal that is not stored
   */
  void save(Event event);

  /**
   * Stores many events in batches, replacing by id; a record equal to the stored one is not
   * rewritten.
   *
   * @return how many were new, changed and unchanged
   */
  Saved saveAll(Collection<Event> events);

  /** Every event ordered by first day and id; the caller must close the stream. */
  Stream<Event> stream();
}
