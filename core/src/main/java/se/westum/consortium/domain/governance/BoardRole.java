package se.westum.consortium.domain.governance;

/** A role on the board (styrelse). */
public enum BoardRole {
  /** Ordförande: exactly one per term. */
  CHAIR,
  /** Vice ordförande. */
  VICE_CHAIR,
  /** Kassör: required. */
  TREASURER,
  /** Sekreterare. */
  SECRETARY,
  /** Ledamot. */
  MEMBER,
  /** Suppleant: counts towards a quorum only in place of an absent ordinary member. */
  DEPUTY;

  /** True for every role but deputy. */
  public boolean isOrdinary() {
    return this != DEPUTY;
  }
}
