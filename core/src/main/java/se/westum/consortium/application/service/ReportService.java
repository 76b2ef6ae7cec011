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
package se.westum.consortium.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import se.westum.consortium.application.port.in.Reports;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.domain.governance.FiscalYear;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.Narrative;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.DateRange;

/** The annual report: reads every context in one transaction and builds the model. */
final class ReportService implements Reports {

  private final Storage storage;
  private final ProjectService projects;
  private final TrainingService training;
  private final Clock clock;

  ReportService(Storage storage, ProjectService projects, TrainingService training, Clock clock) {
    this.storage = storage;
    this.projects = projects;
    this.training = training;
    this.clock = clock;
  }

  @Override
  public AnnualReport annual(int fiscalYear, Narrative narrative) {
    FiscalYear year = FiscalYear.of(Bounds.year("fiscalYear", fiscalYear));
    return storage.transactions().inTransaction(() -> compute(year, writtenFor(year), narrative));
  }

  @Override
  public AnnualReport annual(int fiscalYear, LocalDate asOf, Narrative narrative) {
    FiscalYear year = FiscalYear.of(Bounds.year("fiscalYear", fiscalYear));
    if (asOf.isBefore(year.period().end())) {
      throw new IllegalArgumentException(
          "a report of " + fiscalYear + " is written after the year's end, not on " + asOf);
    }
    return storage.transactions().inTransaction(() -> compute(year, asOf, narrative));
  }

  private AnnualReport compute(FiscalYear year, LocalDate asOf, Narrative narrative) {
    return new AnnualReportComputation(storage, projects, training, year, asOf).report(narrative);
  }

  /**
   * The report is written for the annual meeting after the year: its day when one is recorded in
   * the following year, else today (but not before the year's end).
   */
  private LocalDate writtenFor(FiscalYear year) {
    LocalDate end = year.period().end();
    DateRange next = new DateRange(end.plusDays(1), end.plusYears(1));
    return storage
        .transactions()
        .inTransaction(
            () ->
                storage.meetings().startingIn(next).stream()
                    .filter(m -> m.kind() == MeetingKind.ANNUAL_MEETING)
                    .map(m -> m.dates().start())
                    .min(Comparator.naturalOrder())
                    .orElseGet(
                        () -> {
                          LocalDate today = LocalDate.now(clock);
                          return today.isBefore(end) ? end : today;
                        }));
  }
}
