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

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.westum.consortium.domain.shared.Finding;

/**
 * One training with the finding of every rule that judges a single training (rules 1, 2, 3, 5 and
 * 6, in {@link TrainingRules#TRAINING_RULES}' order).
 *
 * @param training the training
 * @param findings the findings, one per rule
 */
public record TrainingAssessment(Training training, List<Finding> findings) {

  /** Requires both parts. */
  public TrainingAssessment {
    Objects.requireNonNull(training, "training");
    findings = List.copyOf(findings);
  }

  /** The finding of {@code rule}, if it was judged. */
  public Optional<Finding> finding(String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).findFirst();
  }

  /** The findings of the rules a training must satisfy to count that it breaks. */
  public List<Finding> broken() {
    return findings.stream()
        .filter(f -> !f.satisfied() && TrainingRules.COUNTING_RULES.contains(f.rule()))
        .toList();
  }
}
