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
