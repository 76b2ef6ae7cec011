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

import java.util.Collection;
import java.util.List;
import se.westum.consortium.domain.shared.Finding;

/**
 * Rule 5, {@value #RULE}: pilot trainings (seed: labour law, testing the delivery infrastructure)
 * do not count towards the {@link PartnerQuotaRule partner quota}; the quota's reason says how many
 * were left out.
 */
public final class PilotRule {

  /** The rule's stable name. */
  public static final String RULE = "pilot";

  /** True when {@code training} may count towards the quota, false for a pilot. */
  public boolean mayCount(TrainingPlan plan) {
    return plan.kind() != TrainingKind.PILOT;
  }

  /**
   * What the rule does with one training.
   *
   * @return "a pilot: left out of the partner quota" or "a needs-based training: may count towards
   *     the partner quota"
   */
  public Finding assess(TrainingPlan plan) {
    return Finding.satisfied(
        RULE,
        mayCount(plan)
            ? "a needs-based training: may count towards the partner quota"
            : "a pilot: left out of the partner quota");
  }

  /**
   * What the rule left out of a partner's quota.
   *
   * @param trainings the partner's trainings
   * @return for example "1 pilot left out (KOBRA-T00)"
   */
  public Finding leftOut(Collection<? extends Training> trainings) {
    List<String> pilots =
        trainings.stream()
            .filter(t -> !mayCount(t.plan()))
            .map(t -> t.id().value())
            .sorted()
            .toList();
    return Finding.satisfied(
        RULE,
        pilots.isEmpty()
            ? "no pilot left out"
            : pilots.size()
                + (pilots.size() == 1 ? " pilot" : " pilots")
                + " left out ("
                + String.join(", ", pilots)
                + ")");
  }
}
