package se.westum.consortium.domain.membership;

/** What kind of organisation a member is, which decides how many municipalities it covers. */
public enum MemberKind {
  /** A municipality (kommun): covers exactly itself. */
  MUNICIPALITY,
  /** A municipal federation (kommunalförbund): covers two or more municipalities. */
  FEDERATION,
  /** Another joint body: covers one or more municipalities. */
  OTHER
}
