package se.westum.consortium.domain.governance;

/** Kinds of meeting; only a board meeting takes board decisions. */
public enum MeetingKind {
  /** Styrelsemöte. */
  BOARD_MEETING,
  /** Strategidag (may span days). */
  STRATEGY_DAY,
  /** Årsmöte. */
  ANNUAL_MEETING,
  /** A project's board meeting. */
  PROJECT_BOARD_MEETING,
  /** A working group's meeting. */
  WORKING_GROUP_MEETING
}
