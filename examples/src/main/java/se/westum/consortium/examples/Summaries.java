package se.westum.consortium.examples;

import se.westum.consortium.application.port.in.GovernanceImportSummary;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.in.MembershipImportSummary;

/** An import's or export's summary in words. */
final class Summaries {

  private Summaries() {}

  /** For example "34 members (34 new), 70 fees, 69 payments (69 new)". */
  static String describe(MembershipImportSummary summary) {
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

  /**
   * For example "3 programmes, 4 projects, 34 partners, 8 groups, 3 activities, 3 indicators, 1
   * mobility grant, 89 mobilities".
   */
  static String describe(CountedProjects.Counts counts) {
    return String.join(
        ", ",
        count(counts.programmes(), "programme"),
        count(counts.projects(), "project"),
        count(counts.partners(), "partner"),
        count(counts.workingGroups(), "group"),
        count(counts.activities(), "activity", "activities"),
        count(counts.indicators(), "indicator"),
        count(counts.mobilityGrants(), "mobility grant"),
        count(counts.mobilities(), "mobility", "mobilities"));
  }

  /**
   * A project import's records in the words of {@link #describe(CountedProjects.Counts)}, for
   * example "3 programmes, 4 projects, ..., 89 mobilities" (staff members are counted by the
   * governance part until it no longer imports them).
   */
  static String describe(ImportSummary summary) {
    return describe(
        new CountedProjects.Counts(
            summary.of("programme").read(),
            summary.of("project").read(),
            summary.of("partner").read(),
            summary.of("working-group").read(),
            summary.of("activity").read(),
            summary.of("indicator").read(),
            summary.of("mobility-grant").read(),
            summary.of("mobility").read()));
  }

  /** "1 event", "2 events". */
  static String count(long count, String noun) {
    return count(count, noun, noun + "s");
  }

  /** "1 activity", "2 activities". */
  static String count(long count, String noun, String plural) {
    return count + " " + (count == 1 ? noun : plural);
  }
}
