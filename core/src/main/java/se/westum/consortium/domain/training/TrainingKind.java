package se.westum.consortium.domain.training;

/** What a training is for. */
public enum TrainingKind {
  /** A pilot that tests the delivery infrastructure; it does not count towards the quota. */
  PILOT,
  /** A training answering recorded needs (behovsbaserad utbildning). */
  NEEDS_BASED
}
