package se.westum.consortium.domain.project;

/** A project's governing or working body. */
public enum GroupKind {
  /** The project board (styrgrupp). */
  PROJECT_BOARD,
  /** A working group. */
  WORKING_GROUP
}
