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

import java.util.List;
import java.util.Objects;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.training.FocusAreaEvidence;
import se.westum.consortium.domain.training.NeedsAnalysis;

/**
 * The needs analysis of a project at a date with the evidence behind its focus areas and the
 * findings of its indicators that are counted from records.
 *
 * @param analysis the counts, topics and sectors ranked by evidence
 * @param focusAreas the focus areas chosen by the date, in the order of the ranking
 * @param indicators one {@code indicator-count} finding per indicator fed by records
 */
public record NeedsReport(
    NeedsAnalysis analysis, List<FocusAreaEvidence> focusAreas, List<Finding> indicators) {

  /** Requires every part. */
  public NeedsReport {
    Objects.requireNonNull(analysis, "analysis");
    focusAreas = List.copyOf(focusAreas);
    indicators = List.copyOf(indicators);
  }
}
