package se.westum.consortium.application.port.in;

/** Use case: import a whole membership dataset, all or nothing. */
public interface ImportMembership {

  /**
   * Imports the dataset in one transaction, writing in batches. Every record is checked by the same
   * rules as its record use case ({@link RegisterMember}, {@link SetAnnualFee}, {@link
   * RecordPayment}): a fee's and a payment's member exists (in storage or earlier in the dataset),
   * a payment is in its fee's currency, each record is given once. Records are matched on their
   * natural keys (members: organisation number; fees: member and year; payments: member, year, date
   * and amount): an existing record is updated, never duplicated, and a record equal to the stored
   * one is not rewritten, so importing the same dataset twice changes nothing and no version.
   *
   * @return per record kind ({@code member}, {@code fee}, {@code payment}) how many were new,
   *     changed and unchanged
   * @throws se.westum.consortium.domain.shared.RecordsRefusedException naming every refused record
   *     (the first 100) with its rule's code, placed by {@link MembershipDataset#locate}; then
   *     nothing is written
   */
  ImportSummary importDataset(MembershipDataset dataset);
}
