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
   * Every role: reads of the records an annual report publishes anyway (board terms, meetings,
   * decisions, goals, events; programmes, projects, partners, working groups, activities,
   * indicators) and the travel-grant calculator. Staff data and mobilities are not among them.
   */
  READ_PUBLISHED,
  /**
   * {@link Role#ADMIN}, {@link Role#BOARD}, and a {@link Role#MEMBER} for the mobilities its own
   * organisation sends: the handler answers another organisation's mobility 404 and filters lists,
   * since which organisation sends a mobility is known only once it is read.
   */
  READ_OWN_MOBILITIES,
  /**
   * {@link Role#ADMIN}, and a {@link Role#MEMBER} recording a mobility its own organisation sends
   * (the handler checks the body's {@code sendingMember} and any stored mobility: else 403).
   */
  RECORD_OWN_MOBILITY,
  /** {@link Role#ADMIN} and {@link Role#BOARD}: recording a decision of a board meeting. */
  RECORD_DECISION
}
