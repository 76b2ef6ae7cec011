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
package se.westum.consortium.domain.training;

import java.time.LocalDate;
import java.util.Objects;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.shared.Finding;

/**
 * What the {@link ApprovalRule} needs to know about the decision that approved a training, looked
 * up by the caller so the rule stays a pure function.
 *
 * @param decision the decision
 * @param kind the kind of meeting that took it
 * @param date the meeting's (first) day
 * @param quorum the {@link se.westum.consortium.domain.governance.QuorumPolicy}'s verdict on the
 *     meeting
 */
public record ApprovalFacts(DecisionId decision, MeetingKind kind, LocalDate date, Finding quorum) {

  /** Requires every part. */
  public ApprovalFacts {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(quorum, "quorum");
  }

  /**
   * The facts of {@code decision} taken at {@code meeting}.
   *
   * @param quorum the verdict of {@code QuorumPolicy.admitsDecisionAt(meeting, terms)}
   */
  public static ApprovalFacts of(DecisionId decision, Meeting meeting, Finding quorum) {
    return new ApprovalFacts(decision, meeting.kind(), meeting.dates().start(), quorum);
  }
}
