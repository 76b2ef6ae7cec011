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

import java.util.Objects;
import se.westum.consortium.domain.shared.Finding;

/**
 * A focus area with the evidence behind it in a {@link NeedsAnalysis}: a focus area no recorded
 * need backs is a finding.
 *
 * @param area the focus area
 * @param name the topic's display name
 * @param needs the needs recorded for the topic by the analysis date
 * @param companies the distinct companies that named it
 * @param rank its place in the analysis' ranking, 1 first
 * @param backing whether recorded needs back it, and the evidence in words
 */
public record FocusAreaEvidence(
    FocusArea area, String name, int needs, int companies, int rank, Finding backing) {

  /** The stable name of the backing finding. */
  public static final String RULE = "focus-area-backed";

  /** Requires every part. */
  public FocusAreaEvidence {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(backing, "backing");
  }

  /** True when at least one recorded need backs the focus area. */
  public boolean backed() {
    return backing.satisfied();
  }
}
