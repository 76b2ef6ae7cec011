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
package se.westum.consortium.testing;

import java.util.List;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.GovernanceDataset;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.Meeting;

/**
 * A governance dataset held in lists, for tests that import records without a file.
 *
 * @param goalList goals
 * @param terms board terms
 * @param meetingList meetings
 * @param decisionList decisions
 * @param eventList events
 */
public record GovernanceLists(
    List<Goal> goalList,
    List<BoardTerm> terms,
    List<Meeting> meetingList,
    List<Decision> decisionList,
    List<Event> eventList)
    implements GovernanceDataset {

  /** Copies the lists. */
  public GovernanceLists {
    goalList = List.copyOf(goalList);
    terms = List.copyOf(terms);
    meetingList = List.copyOf(meetingList);
    decisionList = List.copyOf(decisionList);
    eventList = List.copyOf(eventList);
  }

  /** A dataset with nothing in it. */
  public static GovernanceLists empty() {
    return new GovernanceLists(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** Everything a dataset holds, read into lists (each stream closed). */
  public static GovernanceLists of(GovernanceDataset dataset) {
    return new GovernanceLists(
        all(dataset.goals()),
        all(dataset.boardTerms()),
        all(dataset.meetings()),
        all(dataset.decisions()),
        all(dataset.events()));
  }

  private static <T> List<T> all(Stream<T> stream) {
    try (stream) {
      return stream.toList();
    }
  }

  /** This dataset with these goals. */
  public GovernanceLists withGoals(Goal... records) {
    return new GovernanceLists(List.of(records), terms, meetingList, decisionList, eventList);
  }

  /** This dataset with these board terms. */
  public GovernanceLists withTerms(BoardTerm... records) {
    return new GovernanceLists(goalList, List.of(records), meetingList, decisionList, eventList);
  }

  /** This dataset with these meetings. */
  public GovernanceLists withMeetings(Meeting... records) {
    return new GovernanceLists(goalList, terms, List.of(records), decisionList, eventList);
  }

  /** This dataset with these decisions. */
  public GovernanceLists withDecisions(Decision... records) {
    return new GovernanceLists(goalList, terms, meetingList, List.of(records), eventList);
  }

  /** This dataset with these events. */
  public GovernanceLists withEvents(Event... records) {
    return new GovernanceLists(goalList, terms, meetingList, decisionList, List.of(records));
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
