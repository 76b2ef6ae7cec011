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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.westum.consortium.domain.shared.Finding;

/**
 * Rule 2, {@value #RULE}: a needs-based training targets SMEs only (micro, small and medium
 * companies) in sectors the project selected. Pilots are not judged by it.
 */
public final class TargetGroupRule {

  /** The rule's stable name. */
  public static final String RULE = "target-group";

  /**
   * Judges a training's target group.
   *
   * @param plan the training
   * @param selectedSectors the sectors the project selected
   * @return for example "targets MICRO, SMALL companies in visitor-industry: SMEs in selected
   *     sectors"
   */
  public Finding assess(TrainingPlan plan, Set<SectorId> selectedSectors) {
    if (plan.kind() == TrainingKind.PILOT) {
      return Finding.satisfied(RULE, "a pilot is not judged by the target group");
    }
    List<String> problems = new ArrayList<>();
    if (plan.targetSizes().isEmpty()) {
      problems.add("it names no company size");
    } else if (plan.targetSizes().contains(SizeClass.LARGE)) {
      problems.add("it targets LARGE companies, not only SMEs");
    }
    Set<SectorId> unselected = new TreeSet<>(plan.targetSectors());
    unselected.removeAll(selectedSectors);
    if (plan.targetSectors().isEmpty()) {
      problems.add("it names no sector");
    } else if (!unselected.isEmpty()) {
      problems.add(
          "it targets "
              + TrainingRules.list(unselected)
              + ", not selected by the project (selected: "
              + (selectedSectors.isEmpty()
                  ? "none"
                  : TrainingRules.list(new TreeSet<>(selectedSectors)))
              + ")");
    }
    String target =
        "targets "
            + (plan.targetSizes().isEmpty() ? "no size" : TrainingRules.list(plan.targetSizes()))
            + " companies in "
            + (plan.targetSectors().isEmpty()
                ? "no sector"
                : TrainingRules.list(plan.targetSectors()));
    if (problems.isEmpty()) {
      return Finding.satisfied(RULE, target + ": SMEs in selected sectors");
    }
    // the wording names the size problem, then the sector problem, each only when there is one
    List<String> variant = new ArrayList<>();
    if (plan.targetSizes().isEmpty()) {
      variant.add("no-size");
    } else if (plan.targetSizes().contains(SizeClass.LARGE)) {
      variant.add("large");
    }
    List<Object> arguments = new ArrayList<>();
    arguments.add(plan.targetSizes().isEmpty() ? "–" : TrainingRules.list(plan.targetSizes()));
    arguments.add(plan.targetSectors().isEmpty() ? "–" : TrainingRules.list(plan.targetSectors()));
    if (plan.targetSectors().isEmpty()) {
      variant.add("no-sector");
    } else if (!unselected.isEmpty()) {
      variant.add("unselected");
      arguments.add(TrainingRules.list(unselected));
      arguments.add(
          selectedSectors.isEmpty() ? "–" : TrainingRules.list(new TreeSet<>(selectedSectors)));
    }
    return Finding.violated(RULE, target + ": " + String.join("; ", problems))
        .withVariant(String.join(".", variant), arguments.toArray());
  }
}
