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

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import se.westum.consortium.domain.shared.DateRange;

/**
 * A fiscal year (verksamhetsår): the year it is named by and its days. Westum's is the calendar
 * year (2016-01-01 – 2016-12-31), which is what {@link #of(int)} gives.
 *
 * @param year the year it is named by
 * @param period its days
 */
public record FiscalYear(Year year, DateRange period) {

  /** A fiscal year out of range. */
  public static final String INVALID_YEAR = "invalid-year";

  /** Requires both parts. */
  public FiscalYear {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(period, "period");
  }

  /** The calendar year {@code year} as a fiscal year. */
  public static FiscalYear of(int year) {
    Year y = Year.of(year);
    return new FiscalYear(y, new DateRange(y.atDay(1), y.atMonth(12).atEndOfMonth()));
  }

  /** True when {@code day} falls in this fiscal year. */
  public boolean contains(LocalDate day) {
    return period.contains(day);
  }

  /** True when {@code range} shares a day with this fiscal year. */
  public boolean overlaps(DateRange range) {
    return period.overlaps(range);
  }
}
