package se.westum.consortium.domain.mobility;

/** Where a mobility stands; only completed mobilities consume places and budget. */
public enum MobilityStatus {
  /** Planned, not yet done: counts in the forecast. */
  PLANNED,
  /** Done: consumes a place and its grant. */
  COMPLETED,
  /** Cancelled: counts nowhere. */
  CANCELLED
}
