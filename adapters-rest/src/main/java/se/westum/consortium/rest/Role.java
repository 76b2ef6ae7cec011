package se.westum.consortium.rest;

/** What the holder of an API key may do through the REST API. */
public enum Role {
  /** Everything: every read and every change. */
  ADMIN,
  /**
   * Every read (members, fees, payments, governance records, staff and figures) and recording
   * decisions of board meetings; no other change.
   */
  BOARD,
  /**
   * The reads of one member's own data (the member, its fees and its payments), and of the
   * governance records an annual report publishes (board terms, meetings, decisions, goals,
   * events). Another member's resources answer 404 as if they did not exist; the member list, staff
   * and figures answer 403.
   */
  MEMBER
}
