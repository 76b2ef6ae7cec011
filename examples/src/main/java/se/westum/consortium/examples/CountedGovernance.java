package se.westum.consortium.examples;

import java.util.stream.Stream;
import se.westum.consortium.application.port.in.GovernanceDataset;
import se.westum.consortium.application.port.in.GovernanceImportSummary;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.StaffMember;

/**
 * A governance dataset that counts the records read from it, so an export can say what it wrote
 * without reading the database again. A writer may open a kind's stream more than once (meetings
 * feed both meetings.csv and attendance.csv), so each kind counts its largest single pass. Not
 * thread-safe: one export at a time.
 */
final class CountedGovernance implements GovernanceDataset {

  private final GovernanceDataset records;
  private final Tally boardTerms = new Tally();
  private final Tally meetings = new Tally();
  private final Tally decisions = new Tally();
  private final Tally goals = new Tally();
  private final Tally events = new Tally();
  private final Tally staff = new Tally();

  CountedGovernance(GovernanceDataset records) {
    this.records = records;
  }

  @Override
  public Stream<BoardTerm> boardTerms() {
    return boardTerms.counting(records.boardTerms());
  }

  @Override
  public Stream<Meeting> meetings() {
    return meetings.counting(records.meetings());
  }

  @Override
  public Stream<Decision> decisions() {
    return decisions.counting(records.decisions());
  }

  @Override
  public Stream<Goal> goals() {
    return goals.counting(records.goals());
  }

  @Override
  public Stream<Event> events() {
    return events.counting(records.events());
  }

  @Override
  public Stream<StaffMember> staff() {
    return staff.counting(records.staff());
  }

  /** The records read, in the same six counts an import reports. */
  GovernanceImportSummary counts() {
    return new GovernanceImportSummary(
        boardTerms.largest,
        meetings.largest,
        decisions.largest,
        goals.largest,
        events.largest,
        staff.largest);
  }

  private static final class Tally {
    private int largest;

    <T> Stream<T> counting(Stream<T> stream) {
      int[] pass = {0};
      return stream.peek(record -> largest = Math.max(largest, ++pass[0]));
    }
  }
}
