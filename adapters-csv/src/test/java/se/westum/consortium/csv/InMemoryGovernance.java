package se.westum.consortium.csv;

import java.util.List;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.GovernanceDataset;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.Meeting;

/** Governance records held in lists, for tests of the writer. */
record InMemoryGovernance(
    List<BoardTerm> terms,
    List<Meeting> meetingList,
    List<Decision> decisionList,
    List<Goal> goalList,
    List<Event> eventList)
    implements GovernanceDataset {

  InMemoryGovernance {
    terms = List.copyOf(terms);
    meetingList = List.copyOf(meetingList);
    decisionList = List.copyOf(decisionList);
    goalList = List.copyOf(goalList);
    eventList = List.copyOf(eventList);
  }

  /** Everything a dataset holds, read into lists. */
  static InMemoryGovernance of(GovernanceDataset dataset) {
    return new InMemoryGovernance(
        all(dataset.boardTerms()),
        all(dataset.meetings()),
        all(dataset.decisions()),
        all(dataset.goals()),
        all(dataset.events()));
  }

  private static <T> List<T> all(Stream<T> stream) {
    try (stream) {
      return stream.toList();
    }
  }

  @Override
  public Stream<BoardTerm> boardTerms() {
    return terms.stream();
  }

  @Override
  public Stream<Meeting> meetings() {
    return meetingList.stream();
  }

  @Override
  public Stream<Decision> decisions() {
    return decisionList.stream();
  }

  @Override
  public Stream<Goal> goals() {
    return goalList.stream();
  }

  @Override
  public Stream<Event> events() {
    return eventList.stream();
  }
}
