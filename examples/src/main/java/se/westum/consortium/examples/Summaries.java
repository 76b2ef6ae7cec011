package se.westum.consortium.examples;

import se.westum.consortium.application.port.in.ImportSummary;

/** An import's summary in words. */
final class Summaries {

  private Summaries() {}

  /** For example "34 members (34 new), 70 fees, 69 payments (69 new)". */
  static String describe(ImportSummary summary) {
    return summary.members()
        + " members ("
        + summary.membersAdded()
        + " new), "
        + summary.fees()
        + " fees, "
        + summary.payments()
        + " payments ("
        + summary.paymentsAdded()
        + " new)";
  }
}
