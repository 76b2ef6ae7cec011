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

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.westum.consortium.domain.governance.BoardSeat;
import se.westum.consortium.domain.governance.GovernanceFigures;
import se.westum.consortium.domain.governance.GovernanceFigures.BoardComposition;
import se.westum.consortium.domain.governance.GovernanceFigures.EventFigures;
import se.westum.consortium.domain.governance.GovernanceFigures.StaffChange;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.governance.Position;
import se.westum.consortium.rest.ApiJson;

/**
 * The governance figures of a fiscal year as text for people or JSON for programs. It prints the
 * names of the board, the nomination committee, the auditors and the staff who came and went: the
 * annual report publishes them. They go to the command's output only, never to a log.
 */
final class GovernanceReport implements Report {

  private static final String LABEL = "  %-24s %s%n";

  private final GovernanceFigures figures;

  private GovernanceReport(GovernanceFigures figures) {
    this.figures = figures;
  }

  /** A report of {@code figures}. */
  static GovernanceReport of(GovernanceFigures figures) {
    return new GovernanceReport(figures);
  }

  /** The figures as aligned text lines. */
  @Override
  public void printText(PrintWriter out) {
    out.println("Governance figures for " + figures.fiscalYear().year());
    Optional<BoardComposition> board = figures.board();
    if (board.isPresent()) {
      printBoard(out, board.get());
    } else {
      out.printf(LABEL, "Board:", "no board term covers the year");
    }
    out.printf(LABEL, "Meetings:", Summaries.count(meetings(), "meeting"));
    for (MeetingKind kind : MeetingKind.values()) {
      int count = figures.meetings().getOrDefault(kind, 0);
      if (kind == MeetingKind.STRATEGY_DAY && count > 0) {
        out.printf(
            "    %-22s %d (%s)%n",
            label(kind), figures.strategyDays(), Summaries.count(count, "meeting"));
      } else if (count > 0) {
        out.printf("    %-22s %d%n", label(kind), count);
      }
    }
    out.printf(LABEL, "Board sessions:", sessions());
    out.printf(LABEL, "Decisions:", figures.decisions());
    out.printf(LABEL, "Events:", figures.events().size());
    for (EventFigures event : figures.events()) {
      out.printf("    %-23s  %s%n", event.dates(), describe(event));
    }
    out.printf(
        LABEL,
        "People at events:",
        figures.peopleAtEvents() + " distinct (at the events that list participants by person)");
    printStaff(out, "Staff started:", figures.staffStarted());
    printStaff(out, "Staff left:", figures.staffLeft());
  }

  /** The figures as the REST API's {@code GET /figures/governance} answers them. */
  @Override
  public String json() {
    return ApiJson.governanceFigures(figures);
  }

  /** For example "7 board meetings + 2 strategy days = 9 sessions". */
  String sessions() {
    return Summaries.count(figures.boardMeetings(), "board meeting")
        + " + "
        + Summaries.count(figures.strategyDays(), "strategy day")
        + " = "
        + Summaries.count(figures.boardSessions(), "session");
  }

  /**
   * One event after its dates, for example "Spridningskonferens Erasmus+ (dissemination
   * conference), Göteborg: 20 participants from 11 organisations (SE 20)".
   */
  static String describe(EventFigures event) {
    StringBuilder text =
        new StringBuilder()
            .append(event.name())
            .append(" (")
            .append(words(event.kind().name()))
            .append("), ")
            .append(event.place())
            .append(": ")
            .append(Summaries.count(event.participants(), "participant"));
    event
        .organisations()
        .ifPresent(count -> text.append(" from ").append(Summaries.count(count, "organisation")));
    if (!event.byCountry().isEmpty()) {
      text.append(" (")
          .append(
              new TreeMap<>(event.byCountry())
                  .entrySet().stream()
                      .map(e -> e.getKey() + " " + e.getValue())
                      .collect(Collectors.joining(", ")))
          .append(')');
    }
    return text.toString();
  }

  private void printBoard(PrintWriter out, BoardComposition board) {
    out.printf(LABEL, "Board term:", board.term().value() + " (" + board.period() + ")");
    out.printf(
        LABEL,
        "Board members:",
        board.members()
            + " ("
            + board.ordinaryMembers()
            + " ordinary, "
            + (board.deputies() == 1 ? "1 deputy" : board.deputies() + " deputies")
            + ")");
    for (BoardSeat seat : board.seats()) {
      out.printf("    %-22s %s%n", capitalised(words(seat.role().name())), seat.name().value());
    }
    out.printf(LABEL, "Nomination committee:", names(board.nominationCommittee()));
    out.printf(LABEL, "Auditors:", names(board.auditors()));
  }

  private static void printStaff(PrintWriter out, String label, List<StaffChange> changes) {
    out.printf(LABEL, label, changes.size());
    for (StaffChange change : changes) {
      out.printf("    %-23s  %s, %s%n", change.date(), change.name().value(), change.role());
    }
  }

  private int meetings() {
    return figures.meetings().values().stream().mapToInt(Integer::intValue).sum();
  }

  private static String names(List<Position> positions) {
    return positions.isEmpty()
        ? "none recorded"
        : positions.stream().map(p -> p.name().value()).collect(Collectors.joining(", "));
  }

  /** "Board meetings", "Project-board meetings", "Strategy days". */
  private static String label(MeetingKind kind) {
    return switch (kind) {
      case BOARD_MEETING -> "Board meetings";
      case STRATEGY_DAY -> "Strategy days";
      case ANNUAL_MEETING -> "Annual meetings";
      case PROJECT_BOARD_MEETING -> "Project-board meetings";
      case WORKING_GROUP_MEETING -> "Working-group meetings";
    };
  }

  /** VICE_CHAIR → "vice chair". */
  static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
