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
 * Rule 6, {@value #RULE}: a transnational training is open to every country that has a partner in
 * the project.
 */
public final class TransnationalOpenRule {

  /** The rule's stable name. */
  public static final String RULE = "transnational-open";

  /**
   * Judges a training's openness.
   *
   * @param plan the training
   * @param partnerCountries the countries with a partner in the project
   * @return for example "transnational and open to DK, NO, SE: every partner country"
   */
  public Finding assess(TrainingPlan plan, Set<String> partnerCountries) {
    if (!plan.transnational()) {
      return Finding.satisfied(RULE, "not transnational");
    }
    Set<String> missing = new TreeSet<>(partnerCountries);
    missing.removeAll(plan.openTo());
    String open =
        "transnational and open to "
            + (plan.openTo().isEmpty() ? "no country" : TrainingRules.list(plan.openTo()));
    return missing.isEmpty()
        ? Finding.satisfied(RULE, open + ": every partner country")
        : Finding.violated(
                RULE,
                open
                    + ", not to "
                    + TrainingRules.list(missing)
                    + ", where the project has partners")
            .withArguments(
                plan.openTo().isEmpty() ? "–" : TrainingRules.list(plan.openTo()),
                TrainingRules.list(missing));
  }
}
