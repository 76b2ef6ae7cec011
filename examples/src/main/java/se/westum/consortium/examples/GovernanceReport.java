package se.westum.consortium.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * The governance figures of a fiscal year as text for people or JSON for programs. It prints the
 * names of the board, the nomination committee, the auditors and the staff who came and went: the
 * annual report publishes them. They go to the command's output only, never to a log.
 */
final class GovernanceReport implements Report {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter JSON = MAPPER.writerWithDefaultPrettyPrinter();
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

  /** The figures as a JSON object. */
  @Override
  public String json() throws JsonProcessingException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("year", figures.fiscalYear().year().getValue());
    boardJson(root, figures.board());
    ObjectNode meetings = root.putObject("meetings");
    for (MeetingKind kind : MeetingKind.values()) {
      meetings.put(kind.name(), figures.meetings().getOrDefault(kind, 0));
    }
    root.put("boardMeetings", figures.boardMeetings());
    root.put("strategyDays", figures.strategyDays());
    root.put("boardSessions", figures.boardSessions());
    root.put("decisions", figures.decisions());
    ArrayNode events = root.putArray("events");
    for (EventFigures event : figures.events()) {
      ObjectNode node =
          events
              .addObject()
              .put("id", event.id().value())
              .put("kind", event.kind().name())
              .put("name", event.name())
              .put("start", event.dates().start().toString())
              .put("end", event.dates().end().toString())
              .put("place", event.place())
              .put("participants", event.participants());
      event.organisations().ifPresent(count -> node.put("organisations", count));
      if (!event.byCountry().isEmpty()) {
        ObjectNode countries = node.putObject("byCountry");
        new TreeMap<>(event.byCountry()).forEach(countries::put);
      }
    }
    root.put("peopleAtEvents", figures.peopleAtEvents());
    staff(root.putArray("staffStarted"), figures.staffStarted());
    staff(root.putArray("staffLeft"), figures.staffLeft());
    return JSON.writeValueAsString(root);
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

  /** The board of the year's term; zero members and empty lists when no term covers the year. */
  private static void boardJson(ObjectNode root, Optional<BoardComposition> composition) {
    if (composition.isEmpty()) {
      root.putNull("term");
      root.put("boardMembers", 0).put("ordinaryMembers", 0).put("deputies", 0);
      root.putArray("board");
      root.putArray("nominationCommittee");
      root.putArray("auditors");
      return;
    }
    BoardComposition c = composition.get();
    root.putObject("term")
        .put("id", c.term().value())
        .put("start", c.period().start().toString())
        .put("end", c.period().end().toString());
    root.put("boardMembers", c.members())
        .put("ordinaryMembers", c.ordinaryMembers())
        .put("deputies", c.deputies());
    ArrayNode board = root.putArray("board");
    for (BoardSeat seat : c.seats()) {
      board
          .addObject()
          .put("role", seat.role().name())
          .put("person", seat.person().value())
          .put("name", seat.name().value());
    }
    ArrayNode nomination = root.putArray("nominationCommittee");
    c.nominationCommittee().forEach(p -> nomination.add(p.name().value()));
    ArrayNode auditors = root.putArray("auditors");
    c.auditors().forEach(p -> auditors.add(p.name().value()));
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

  private static void staff(ArrayNode array, List<StaffChange> changes) {
    for (StaffChange change : changes) {
      array
          .addObject()
          .put("id", change.staff().value())
          .put("name", change.name().value())
          .put("role", change.role())
          .put("date", change.date().toString());
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
