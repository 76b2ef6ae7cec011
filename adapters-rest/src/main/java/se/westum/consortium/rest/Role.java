package se.westum.consortium.rest;

/** What the holder of an API key may do through the REST API. */
public enum Role {
  /** Everything: every read and every change. */
  ADMIN,
  /** Every read (all members, fees, payments and figures), no change. */
  BOARD,
  /**
   * The reads of one member's own data (the member, its fees and its payments). Another member's
   * resources answer 404 as if they did not exist; lists and figures answer 403.
   */
  MEMBER
}
