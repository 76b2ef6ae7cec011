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
package se.westum.consortium.application.port.in;

import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.Narrative;

/**
 * The annual activity report (issue 10), computed from the records of every context. Reached as
 * {@code consortium.reports()}.
 */
public interface Reports {

  /**
   * The annual report of a fiscal year, without narrative.
   *
   * @param fiscalYear the year, for example {@code 2016}
   * @throws se.westum.consortium.domain.shared.ValidationException for a year out of range
   */
  default AnnualReport annual(int fiscalYear) {
    return annual(fiscalYear, Narrative.NONE);
  }

  /**
   * The annual report of a fiscal year with the narrative given for its sections; a number in a
   * fragment that contradicts a figure of its section is a finding naming the fragment, its line
   * and the figure.
   *
   * @param fiscalYear the year, for example {@code 2016}
   * @param narrative the fragments, at most one per section and language
   * @throws se.westum.consortium.domain.shared.ValidationException for a year out of range
   */
  AnnualReport annual(int fiscalYear, Narrative narrative);

  /**
   * The annual report of a fiscal year as written on {@code asOf}: figures that run past the year
   * (visits since the project started, the latest indicator values, the latest consumption, staff
   * hired for a start after the year) count the records dated up to that day. Without it, the day
   * is that of the first annual meeting recorded in the following year, or today.
   *
   * @param fiscalYear the year, for example {@code 2016}
   * @param asOf the day the report is written for, on or after the year's last day
   * @param narrative the fragments, at most one per section and language
   * @throws IllegalArgumentException for a day before the year's end
   */
  AnnualReport annual(int fiscalYear, java.time.LocalDate asOf, Narrative narrative);
}
