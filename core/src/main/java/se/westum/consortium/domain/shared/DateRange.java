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
package se.westum.consortium.domain.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A closed range of days, {@code start} to {@code end} inclusive.
 *
 * @param start the first day
 * @param end the last day, not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {

  /** A range that ends before it starts. */
  public static final String END_BEFORE_START = "end-before-start";

  /** Rejects a range that ends before it starts. */
  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw ValidationException.of(
          "end",
          END_BEFORE_START,
          "a period cannot end (" + end + ") before it starts (" + start + ")");
    }
  }

  /** One day. */
  public static DateRange on(LocalDate day) {
    return new DateRange(day, day);
  }

  /** True when {@code day} lies in the range. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** True when the two ranges share at least one day. */
  public boolean overlaps(DateRange other) {
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /** The number of days, counting both ends. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  @Override
  public String toString() {
    return start.equals(end) ? start.toString() : start + " – " + end;
  }
}
