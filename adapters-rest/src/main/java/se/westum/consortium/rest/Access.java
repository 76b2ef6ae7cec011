package se.westum.consortium.rest;

/** Who may call an operation. */
enum Access {
  /** Anyone, without a key. */
  PUBLIC,
  /** {@link Role#ADMIN} only: the changes (recording a decision has its own rule). */
  ADMIN,
  /**
   * {@link Role#ADMIN} and {@link Role#BOARD}: reads across all members, of staff data and of
   * figures.
   */
  READ_ALL,
  /**
   * {@link Role#ADMIN}, {@link Role#BOARD}, and a {@link Role#MEMBER} for its own member: reads of
   * one member's data, addressed by the path parameter {@code organisationNumber}.
   */
  READ_OWN_MEMBER,
  /**
   * Every role: reads of the governance records an annual report publishes anyway (board terms,
   * meetings, decisions, goals, events). Staff data is not among them.
   */
  READ_PUBLISHED,
  /** {@link Role#ADMIN} and {@link Role#BOARD}: recording a decision of a board meeting. */
  RECORD_DECISION
}
