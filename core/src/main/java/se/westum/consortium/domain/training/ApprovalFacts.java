package se.westum.consortium.domain.training;

import java.time.LocalDate;
import java.util.Objects;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.shared.Finding;

/**
 * What the {@link ApprovalRule} needs to know about the decision that approved a training, looked
 * up by the caller so the rule stays a pure function.
 *
 * @param decision the decision
 * @param kind the kind of meeting that took it
 * @param date the meeting's (first) day
 * @param quorum the {@link se.westum.consortium.domain.governance.QuorumPolicy}'s verdict on the
 *     meeting
 */
public record ApprovalFacts(DecisionId decision, MeetingKind kind, LocalDate date, Finding quorum) {

  /** Requires every part. */
  public ApprovalFacts {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(quorum, "quorum");
  }

  /**
   * The facts of {@code decision} taken at {@code meeting}.
   *
   * @param quorum the verdict of {@code QuorumPolicy.admitsDecisionAt(meeting, terms)}
   */
  public static ApprovalFacts of(DecisionId decision, Meeting meeting, Finding quorum) {
    return new ApprovalFacts(decision, meeting.kind(), meeting.dates().start(), quorum);
  }
}
