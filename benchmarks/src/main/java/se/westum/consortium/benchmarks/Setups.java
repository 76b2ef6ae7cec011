package se.westum.consortium.benchmarks;

import java.nio.file.Path;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.csv.CsvDatasetReader;
import se.westum.consortium.csv.CsvDatasets;

/** What the benchmarks do before they measure. */
final class Setups {

  private Setups() {}

  /** The reader of the generated datasets. */
  static CsvDatasetReader reader() {
    return CsvDatasets.reader(Dialect.EXCEL_SV.library);
  }

  /** Imports the membership and governance parts of a generated dataset. */
  static void importMembershipAndGovernance(Consortium consortium, Path directory) {
    consortium.membership().importDataset(reader().readMembership(directory));
    consortium.governance().importDataset(reader().readGovernance(directory));
  }

  /** Imports a generated dataset whole: membership, governance, then projects. */
  static void importAll(Consortium consortium, Path directory) {
    importMembershipAndGovernance(consortium, directory);
    consortium.projects().importDataset(reader().readProjects(directory));
  }
}
