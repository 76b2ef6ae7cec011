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
package se.westum.consortium.domain.membership;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * When an organisation was a member: from the day it joined to the day it left, if it has.
 *
 * @param joined the first day of membership
 * @param left the last day of membership, empty while the membership lasts
 */
public record MembershipPeriod(LocalDate joined, Optional<LocalDate> left) {

  /** A membership that ends before it starts. */
  public static final String LEFT_BEFORE_JOINED = "left-before-joined";

  /**
   * Rejects a membership that ends before it starts, and days outside {@link Limits#FIRST_YEAR} to
   * {@link Limits#LAST_YEAR}.
   */
  public MembershipPeriod {
    Bounds.date("joined", Objects.requireNonNull(joined, "joined"));
    Objects.requireNonNull(left, "left").ifPresent(day -> Bounds.date("left", day));
    if (left.isPresent() && left.get().isBefore(joined)) {
      throw ValidationException.of(
          "left",
          LEFT_BEFORE_JOINED,
          "a membership cannot end (" + left.get() + ") before it starts (" + joined + ")");
    }
  }

  /** A membership that has not ended. */
  public static MembershipPeriod since(LocalDate joined) {
    return new MembershipPeriod(joined, Optional.empty());
  }

  /** The same period, ended on {@code lastDay}. */
  public MembershipPeriod endedOn(LocalDate lastDay) {
    return new MembershipPeriod(joined, Optional.of(lastDay));
  }

  /** True when the membership covers at least one day of {@code year}. */
  public boolean overlaps(Year year) {
    return !joined.isAfter(year.atMonth(12).atEndOfMonth())
        && left.map(l -> !l.isBefore(year.atDay(1))).orElse(true);
  }
}
