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

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a training stands: proposed → approved → delivered → evaluated, or proposed → rejected.
 * Each status has its own type under {@link Training}.
 */
public enum TrainingStatus {
  /** Proposed by a partner, waiting for the board. */
  PROPOSED,
  /** Approved by a board decision (quality assurance). */
  APPROVED,
  /** Delivered, with its participants. */
  DELIVERED,
  /** Delivered and evaluated. */
  EVALUATED,
  /** Rejected by a board decision. */
  REJECTED;

  /** The statuses this one may move to. */
  public Set<TrainingStatus> next() {
    return switch (this) {
      case PROPOSED -> EnumSet.of(APPROVED, REJECTED);
      case APPROVED -> EnumSet.of(DELIVERED);
      case DELIVERED -> EnumSet.of(EVALUATED);
      case EVALUATED, REJECTED -> EnumSet.noneOf(TrainingStatus.class);
    };
  }
}
