package se.westum.consortium.domain.governance;

/** Kinds of event the consortium arranges or takes part in. */
public enum EventKind {
  /** The annual conference (årlig konferens). */
  CONFERENCE,
  /** Training for staff of members or partners (kompetensutveckling). */
  STAFF_TRAINING,
  /** A conference spreading a project's results (spridningskonferens). */
  DISSEMINATION_CONFERENCE,
  /** A transnational partnership meeting of a project. */
  PARTNERSHIP_MEETING,
  /** A study visit (studiebesök). */
  STUDY_VISIT,
  /** A contact seminar. */
  CONTACT_SEMINAR,
  /** A workshop. */
  WORKSHOP
}
