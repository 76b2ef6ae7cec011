package se.westum.consortium.domain.mobility;

/**
 * Who travels: a learner (studerande) or staff (anställd). Places and budget are granted per
 * category.
 */
public enum ParticipantCategory {
  /** A learner or student. */
  LEARNER,
  /** A member of staff. */
  STAFF
}
