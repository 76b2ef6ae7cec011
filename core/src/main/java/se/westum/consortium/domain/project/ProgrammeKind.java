package se.westum.consortium.domain.project;

/** The kind of funding programme, which decides the rules a project follows. */
public enum ProgrammeKind {
  /** Interreg (for example Öresund-Kattegat-Skagerrak). */
  INTERREG,
  /** Erasmus+ key action 1, learning mobility: unit-cost budgets. */
  ERASMUS_PLUS_KA1,
  /** The European Social Fund. */
  ESF,
  /** Any other programme. */
  OTHER
}
