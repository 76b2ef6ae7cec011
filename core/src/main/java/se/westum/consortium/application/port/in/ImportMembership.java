package se.westum.consortium.application.port.in;

/** Use case: import a whole membership dataset, all or nothing. */
public interface ImportMembership {

  /**
   * Imports the dataset in one transaction, writing in batches. Records are matched on their
   * natural keys (members: organisation number; fees: member and year; payments: member, year, date
   * and amount): an existing record is updated, never duplicated, so importing the same dataset
   * twice changes nothing.
   *
   * @return what was read and what changed
   * @throws se.westum.consortium.domain.shared.DomainException if any record is invalid; then
   *     nothing is written
   */
  MembershipImportSummary importDataset(MembershipDataset dataset);
}
