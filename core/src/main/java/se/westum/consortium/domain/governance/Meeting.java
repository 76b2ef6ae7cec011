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
package se.westum.consortium.domain.governance;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;

/**
 * A meeting and who attended it.
 *
 * @param id its identity
 * @param kind what kind of meeting
 * @param dates its day, or days (a strategy day may span several)
 * @param place where it was held
 * @param present the people present, by pseudonymous reference
 */
public record Meeting(
    MeetingId id, MeetingKind kind, DateRange dates, String place, SortedSet<PersonRef> present) {

  /** Requires every part; days in range; a place of 1 to {@link Limits#NAME} characters. */
  public Meeting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dates, "dates");
    Bounds.date("start", dates.start());
    Bounds.date("end", dates.end());
    place = Texts.required("place", place, Limits.NAME);
    present = Collections.unmodifiableSortedSet(new TreeSet<>(present));
  }

  /** The same meeting with another attendance. */
  public Meeting withPresent(java.util.Collection<PersonRef> people) {
    return new Meeting(id, kind, dates, place, new TreeSet<>(people));
  }
}
