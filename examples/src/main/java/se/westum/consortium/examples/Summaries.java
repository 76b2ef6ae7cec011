package se.westum.consortium.examples;

import se.westum.consortium.application.port.in.GovernanceImportSummary;
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
  /** For example "1 vocabulary, 1 survey mapping, 13 brokers, 325 company visits, ...". */
  static String describe(se.westum.consortium.application.port.in.ImportSummary summary) {
    return String.join(
        ", ",
        summary.kinds().stream()
            .map(
                k -> {
                  String noun = k.kind().replace('-', ' ');
                  String plural =
                      noun.endsWith("y")
                          ? noun.substring(0, noun.length() - 1) + "ies"
                          : noun + "s";
                  return count(k.added() + k.changed() + k.unchanged(), noun, plural);
                })
            .toList());
  }

  /**
   * For example "3 programmes, 4 projects, 34 partners, 8 groups, 3 activities, 3 indicators, 1
   * mobility grant, 58 mobilities".
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

  /** "1 event", "2 events". */
  static String count(long count, String noun) {
    return count(count, noun, noun + "s");
  }

  /** "1 activity", "2 activities". */
  static String count(long count, String noun, String plural) {
    return count + " " + (count == 1 ? noun : plural);
  }
}
