package se.westum.consortium.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.westum.consortium.application.port.in.GovernanceDataset;
import se.westum.consortium.application.port.in.GovernanceImportSummary;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.csv.CsvDatasetReader;
import se.westum.consortium.csv.CsvImportException;
import se.westum.consortium.csv.CsvProblem;

/**
 * A dataset folder's membership and governance files, checked together and imported together: every
 * problem of both parts is reported before anything is written, and both parts are written in one
 * transaction, so a refusal in either leaves the database as it was.
 */
final class DatasetImport {

  private final MembershipDataset membership;
  private final GovernanceDataset governance;

  private DatasetImport(MembershipDataset membership, GovernanceDataset governance) {
    this.membership = membership;
    this.governance = governance;
  }

  /**
   * Reads and checks both parts of the folder ({@code members.csv} required, every other file
   * optional).
   *
   * @throws InvalidDatasetException listing every problem of both parts, if there is any
   */
  static DatasetImport read(CsvDatasetReader reader, Path directory) {
    List<CsvProblem> problems = new ArrayList<>();
    MembershipDataset membership = null;
    try {
      membership = reader.readMembership(directory);
    } catch (CsvImportException e) {
      problems.addAll(e.problems());
    }
    GovernanceDataset governance = null;
    try {
      governance = reader.readGovernance(directory);
    } catch (CsvImportException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new InvalidDatasetException(problems);
    }
    return new DatasetImport(membership, governance);
  }

  /**
   * Imports both parts in one transaction.
   *
   * @throws se.westum.consortium.domain.shared.DomainException if the core refuses a record; then
   *     nothing of either part is written
   */
  Summary into(StoredConsortium target) {
    // Each import use case runs its own transaction; the enclosing one joins them, so the
    // membership rows roll back too when a governance record is refused.
    return target
        .storage()
        .transactions()
        .inTransaction(
            () ->
                new Summary(
                    target.consortium().importMembership().importDataset(membership),
                    target.consortium().importGovernance().importGovernance(governance)));
  }

  /**
   * What an import read.
   *
   * @param membership the membership part's summary
   * @param governance the governance part's summary
   */
  record Summary(ImportSummary membership, GovernanceImportSummary governance) {

    /** Two indented lines, one per part. */
    void print(PrintWriter out) {
      out.println("  membership: " + Summaries.describe(membership));
      out.println("  governance: " + Summaries.describe(governance));
    }
  }
}
