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
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.project.Partner;

/**
 * The facts about a project the training rules judge a training by, gathered once per report.
 *
 * @param backedFocusAreas the focus-area topics recorded needs back at the report's date
 * @param selectedSectors the sectors the project selected
 * @param partnerCountries the countries with a partner in the project
 * @param decisions the facts of each decision that approved a training, by decision id
 */
public record TrainingFacts(
    Set<TopicId> backedFocusAreas,
    Set<SectorId> selectedSectors,
    Set<String> partnerCountries,
    Map<DecisionId, ApprovalFacts> decisions) {

  /** Requires every part. */
  public TrainingFacts {
    backedFocusAreas = Collections.unmodifiableSet(new TreeSet<>(backedFocusAreas));
    selectedSectors = Collections.unmodifiableSet(new TreeSet<>(selectedSectors));
    partnerCountries = Collections.unmodifiableSet(new TreeSet<>(partnerCountries));
    decisions = Map.copyOf(decisions);
  }

  /**
   * The facts of a project at the date of {@code analysis}.
   *
   * @param vocabulary the project's vocabulary (its selected sectors)
   * @param analysis the needs analysis at the report's date
   * @param focusAreas the project's focus areas
   * @param partners the project's partners (prospective ones are left out)
   * @param decisions the facts of the decisions the trainings name
   */
  public static TrainingFacts of(
      Vocabulary vocabulary,
      NeedsAnalysis analysis,
      Collection<FocusArea> focusAreas,
      Collection<Partner> partners,
      Map<DecisionId, ApprovalFacts> decisions) {
    Set<String> countries = new TreeSet<>();
    partners.stream().filter(p -> !p.prospective()).forEach(p -> countries.add(p.country()));
    return new TrainingFacts(
        analysis.backedFocusAreas(focusAreas), vocabulary.selectedSectors(), countries, decisions);
  }

  /** The facts of {@code decision}, if known. */
  public Optional<ApprovalFacts> decision(DecisionId decision) {
    return Optional.ofNullable(decisions.get(Objects.requireNonNull(decision, "decision")));
  }
}
