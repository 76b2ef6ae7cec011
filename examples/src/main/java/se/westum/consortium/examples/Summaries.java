/*
 * Copyright 2026 the consortium library authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except
 * in compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License
 * is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express
 * or implied. See the License for the specific language governing permissions and limitations under
 * the License.
 */
package se.westum.consortium.examples;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import se.westum.consortium.application.port.in.ImportSummary;

/** An import's or export's summary in words. */
final class Summaries {

  private Summaries() {}

  /**
   * Per record kind how many were read, new, changed and unchanged, for example "34 members (34
   * new, 0 changed, 0 unchanged), 67 fees (67 new, 0 changed, 0 unchanged), ...".
   */
  static String describe(ImportSummary summary) {
    return summary.kinds().stream()
        .map(
            kind ->
                count(kind.read(), noun(kind.kind()), plural(noun(kind.kind())))
                    + " ("
                    + kind.added()
                    + " new, "
                    + kind.changed()
                    + " changed, "
                    + kind.unchanged()
                    + " unchanged)")
        .collect(Collectors.joining(", "));
  }

  // "board-term" reads "board term"
  private static String noun(String kind) {
    return kind.replace('-', ' ');
  }

  private static String plural(String noun) {
    if (noun.endsWith("staff")) {
      return noun + " members";
    }
    if (noun.endsWith("y") && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun + "s";
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
