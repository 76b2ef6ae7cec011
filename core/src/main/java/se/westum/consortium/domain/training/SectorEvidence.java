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

/**
 * The recorded needs of one sector in a {@link NeedsAnalysis}.
 *
 * @param sector the sector
 * @param name its display name
 * @param selected whether the project selected it
 * @param needs how many needs the visits and answers in the sector named
 * @param companies how many distinct companies of the sector were visited or answered
 * @param prioritySum the sum of those needs' priorities
 */
public record SectorEvidence(
    SectorId sector, String name, boolean selected, int needs, int companies, int prioritySum) {

  /** Requires every part. */
  public SectorEvidence {
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(name, "name");
  }
}
