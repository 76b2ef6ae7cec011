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

import java.util.Optional;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.shared.Finding;

/**
 * Rule 3, {@value #RULE}: a training was approved by a decision of a quorate meeting of the
 * consortium's board (a board meeting or a strategy day) dated no later than its delivery day, or
 * its planned day while it is not delivered. A decision of a project board or a working group does
 * not count: the consortium's board does the quality assurance.
 */
public final class ApprovalRule {

  /** The rule's stable name. */
  public static final String RULE = "approval";

  /**
   * Judges a training's approval.
   *
   * @param training the training
   * @param facts the facts of the decision it names, empty when it names none or the decision is
   *     not recorded
   * @return for example "approved by B2016-07§1, a quorate BOARD_MEETING on 2016-12-08, before its
   *     planned day 2017-03-15"
   */
  public Finding assess(Training training, Optional<ApprovalFacts> facts) {
    switch (training.status()) {
      case PROPOSED:
        return Finding.violated(RULE, "not approved: still proposed").withVariant("proposed");
      case REJECTED:
        Finding rejected =
            Finding.violated(
                RULE,
                "rejected by " + training.decision().map(Object::toString).orElse("the board"));
        return training.decision().isPresent()
            ? rejected.withVariant("rejected", training.decision().get().toString())
            : rejected.withVariant("rejected-by-board");
      default:
        break;
    }
    String decision = training.decision().map(Object::toString).orElse("?");
    if (facts.isEmpty()) {
      return Finding.violated(RULE, "approved by " + decision + ", a decision that is not recorded")
          .withVariant("unrecorded", decision);
    }
    ApprovalFacts f = facts.get();
    String by = "approved by " + decision + " of a " + f.kind() + " on " + f.date();
    if (f.kind() != MeetingKind.BOARD_MEETING && f.kind() != MeetingKind.STRATEGY_DAY) {
      return Finding.violated(
              RULE,
              by
                  + ": only a decision of the consortium's board (board meeting or strategy day) counts")
          .withVariant("not-board", decision, f.date());
    }
    if (!f.quorum().satisfied()) {
      return Finding.violated(RULE, by + ", which was not quorate (" + f.quorum().reason() + ")")
          .withVariant("not-quorate", decision, f.date());
    }
    String due =
        training.deliveredOn().isPresent()
            ? "its delivery on " + training.dueOn()
            : "its planned day " + training.dueOn();
    if (f.date().isAfter(training.dueOn())) {
      return Finding.violated(RULE, by + ", after " + due)
          .withVariant(
              training.deliveredOn().isPresent() ? "after-delivery" : "after-plan",
              decision,
              f.date(),
              training.dueOn());
    }
    return Finding.satisfied(
        RULE,
        "approved by "
            + decision
            + ", a quorate "
            + f.kind()
            + " on "
            + f.date()
            + ", no later than "
            + due);
  }
}
