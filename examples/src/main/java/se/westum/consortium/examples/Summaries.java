package se.westum.consortium.examples;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
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

  /**
   * For example "1 board term, 14 meetings, 26 decisions, 4 goals, 7 events (52 new, 0 changed, 0
   * unchanged)".
   */
  static String describe(ImportSummary governance) {
    int added = governance.kinds().stream().mapToInt(ImportSummary.Kind::added).sum();
    int changed = governance.kinds().stream().mapToInt(ImportSummary.Kind::changed).sum();
    int unchanged = governance.kinds().stream().mapToInt(ImportSummary.Kind::unchanged).sum();
    return counts(governance)
        + " ("
        + added
        + " new, "
        + changed
        + " changed, "
        + unchanged
        + " unchanged)";
  }

  /** For example "1 board term, 14 meetings, 26 decisions, 4 goals, 7 events". */
  static String counts(ImportSummary summary) {
    List<String> order = List.of("board-term", "meeting", "decision", "goal", "event");
    return summary.kinds().stream()
        .sorted(
            Comparator.comparingInt(
                k -> order.contains(k.kind()) ? order.indexOf(k.kind()) : order.size()))
        .map(k -> count(k.read(), k.kind().replace('-', ' ')))
        .collect(Collectors.joining(", "));
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

  /** "1 event", "2 events". */
  static String count(long count, String noun) {
    return count(count, noun, noun + "s");
  }

  /** "1 activity", "2 activities". */
  static String count(long count, String noun, String plural) {
    return count + " " + (count == 1 ? noun : plural);
  }
}
