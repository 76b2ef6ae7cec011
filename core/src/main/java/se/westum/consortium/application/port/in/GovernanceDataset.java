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
package se.westum.consortium.application.port.in;

import java.util.stream.Stream;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.Meeting;

/**
 * The governance records as a whole, for import and export. Each method opens a fresh stream that
 * the caller must close. Staff are not part of it: they name projects, so they are imported with
 * the projects.
 */
public interface GovernanceDataset extends Dataset {

  /** Board terms with seats and positions. */
  Stream<BoardTerm> boardTerms();

  /** Meetings with attendance. */
  Stream<Meeting> meetings();

  /** Decisions. */
  Stream<Decision> decisions();

  /** Goals. */
  Stream<Goal> goals();

  /** Events with participation. */
  Stream<Event> events();
}
