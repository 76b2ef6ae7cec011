package se.westum.consortium.domain.governance;

/** Positions of trust besides the board (övriga förtroendeposter). */
public enum PositionKind {
  /** Valberedning. */
  NOMINATION_COMMITTEE,
  /** Revisor. */
  AUDITOR
}
