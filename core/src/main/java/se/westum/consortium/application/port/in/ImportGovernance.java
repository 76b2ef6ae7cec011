package se.westum.consortium.application.port.in;

/** Use case: import a whole governance dataset, all or nothing. */
public interface ImportGovernance {

  /**
   * Imports the dataset in one transaction, in the order goals, board terms, meetings, decisions,
   * events. Every record is checked by the same rules as its {@link RecordGovernance} use case
   * (terms that do not overlap, attendance by seated people, a decision's meeting that exists and
   * is quorate, an event's goal that exists) and an id given twice is refused. Records replace
   * stored ones with the same id; a record equal to the stored one is not rewritten, so importing
   * the same dataset twice changes nothing.
   *
   * @return per record kind ({@code goal}, {@code board-term}, {@code meeting}, {@code decision},
   *     {@code event}) how many records were new, changed and unchanged
   * @throws se.westum.consortium.domain.shared.RecordsRefusedException naming every refused record
   *     (the first 100) with its rule's code, placed in the source by {@link Dataset#locate}; then
   *     nothing is written
   */
  ImportSummary importGovernance(GovernanceDataset dataset);
}
