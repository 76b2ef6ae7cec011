package se.westum.consortium.application.service;

import se.westum.consortium.application.port.in.Reports;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.domain.governance.FiscalYear;
import se.westum.consortium.domain.report.AnnualReport;
import se.westum.consortium.domain.report.Narrative;
import se.westum.consortium.domain.shared.Bounds;

/** The annual report: reads every context in one transaction and builds the model. */
final class ReportService implements Reports {

  private final Storage storage;

  ReportService(Storage storage) {
    this.storage = storage;
  }

  @Override
  public AnnualReport annual(int fiscalYear, Narrative narrative) {
    FiscalYear year = FiscalYear.of(Bounds.year("fiscalYear", fiscalYear));
    return storage
        .transactions()
        .inTransaction(() -> new AnnualReportComputation(storage, year).report(narrative));
  }
}
