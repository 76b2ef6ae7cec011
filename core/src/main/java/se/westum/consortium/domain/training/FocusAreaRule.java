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

import java.util.Set;
import java.util.TreeSet;
import se.westum.consortium.domain.shared.Finding;

/**
 * Rule 1, {@value #RULE}: a needs-based training addresses at least one focus area that recorded
 * needs back. Pilots are not judged by it.
 */
public final class FocusAreaRule {

  /** The rule's stable name. */
  public static final String RULE = "focus-area";

  /**
   * Judges a training's topics.
   *
   * @param plan the training
   * @param backedFocusAreas the focus-area topics recorded needs back
   * @return for example "addresses the focus area social-media"
   */
  public Finding assess(TrainingPlan plan, Set<TopicId> backedFocusAreas) {
    if (plan.kind() == TrainingKind.PILOT) {
      return Finding.satisfied(RULE, "a pilot is not judged by the focus areas");
    }
    Set<TopicId> addressed = new TreeSet<>(plan.topics());
    addressed.retainAll(backedFocusAreas);
    if (!addressed.isEmpty()) {
      return Finding.satisfied(
          RULE,
          "addresses the focus area"
              + (addressed.size() == 1 ? " " : "s ")
              + TrainingRules.list(addressed));
    }
    return Finding.violated(
            RULE,
            "addresses "
                + TrainingRules.list(plan.topics())
                + ", none of them a focus area backed by recorded needs"
                + (backedFocusAreas.isEmpty()
                    ? " (there is none)"
                    : " (" + TrainingRules.list(new TreeSet<>(backedFocusAreas)) + ")"))
        .withVariant(
            backedFocusAreas.isEmpty() ? "none-backed" : "unbacked",
            backedFocusAreas.isEmpty()
                ? new Object[] {TrainingRules.list(plan.topics())}
                : new Object[] {
                  TrainingRules.list(plan.topics()),
                  TrainingRules.list(new TreeSet<>(backedFocusAreas))
                });
  }
}
