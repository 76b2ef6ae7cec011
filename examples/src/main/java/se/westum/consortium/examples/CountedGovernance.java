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

import java.util.List;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.GovernanceDataset;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.Meeting;

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

  /** The records read, per kind as an import reports them (each counted as written). */
  ImportSummary counts() {
    return new ImportSummary(
        List.of(
            new ImportSummary.Kind("board-term", boardTerms.largest, 0, 0),
            new ImportSummary.Kind("meeting", meetings.largest, 0, 0),
            new ImportSummary.Kind("decision", decisions.largest, 0, 0),
            new ImportSummary.Kind("goal", goals.largest, 0, 0),
            new ImportSummary.Kind("event", events.largest, 0, 0)));
  }

  private static final class Tally {
    private int largest;

    <T> Stream<T> counting(Stream<T> stream) {
      int[] pass = {0};
      return stream.peek(record -> largest = Math.max(largest, ++pass[0]));
    }
  }
}
