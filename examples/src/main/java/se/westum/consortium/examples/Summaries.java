package se.westum.consortium.examples;

import se.westum.consortium.application.port.in.GovernanceImportSummary;
import se.westum.consortium.application.port.in.ImportSummary;

/** An import's or export's summary in words. */
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

  /** For example "1 board term, 14 meetings, 26 decisions, 4 goals, 7 events, 3 staff members". */
  static String describe(GovernanceImportSummary summary) {
    return String.join(
        ", ",
        count(summary.boardTerms(), "board term"),
        count(summary.meetings(), "meeting"),
        count(summary.decisions(), "decision"),
        count(summary.goals(), "goal"),
        count(summary.events(), "event"),
        count(summary.staff(), "staff member"));
  }

  /** "1 event", "2 events". */
  static String count(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
