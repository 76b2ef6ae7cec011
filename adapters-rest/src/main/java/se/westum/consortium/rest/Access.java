package se.westum.consortium.rest;

/** Who may call an operation. */
enum Access {
  /** Anyone, without a key. */
  PUBLIC,
  /** {@link Role#ADMIN} only: every change. */
  ADMIN,
  /** {@link Role#ADMIN} and {@link Role#BOARD}: reads across all members. */
  READ_ALL,
  /**
   * {@link Role#ADMIN}, {@link Role#BOARD}, and a {@link Role#MEMBER} for its own member: reads of
   * one member's data, addressed by the path parameter {@code organisationNumber}.
   */
  READ_OWN_MEMBER
}
