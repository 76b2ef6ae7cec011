package se.westum.consortium.application.port.in;

/** Use case: import a whole governance dataset, all or nothing. */
public interface ImportGovernance {

  /**
   * Imports the dataset in one transaction: goals, terms, meetings, decisions, events, staff.
   * Records replace stored ones with the same id, so importing twice changes nothing. A decision of
   * a board meeting that was not quorate is refused like {@link RecordGovernance#recordDecision}.
   *
   * @return how many records of each kind were read
   * @throws se.westum.consortium.domain.shared.DomainException if any record is refused; then
   *     nothing is written
   */
  GovernanceImportSummary importGovernance(GovernanceDataset dataset);
}
