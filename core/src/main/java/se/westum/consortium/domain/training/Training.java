/*
 * Copyright 2026 the consortium library authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except
 * in compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License
 * is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express
 * or implied. See the License for the specific language governing permissions and limitations under
 * the License.
 */
package se.westum.consortium.domain.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * A training in one of its states, each its own type: {@link Proposed} → {@link Approved} (names
 * the board decision) → {@link Delivered} (day and participants) → {@link Evaluated} (score); or
 * {@link Proposed} → {@link Rejected} (names the decision). The table of moves is {@link
 * TrainingStatus#next()}; a move it does not allow is refused, naming the allowed ones.
 */
public sealed interface Training {

  /** A move the status table does not allow. */
  String ILLEGAL_MOVE = "illegal-status-change";

  /** What the training is. */
  TrainingPlan plan();

  /** Where it stands. */
  TrainingStatus status();

  /** Its identity. */
  default TrainingId id() {
    return plan().id();
  }

  /** The operational-plan goal it serves, if its plan names one. */
  default Optional<GoalId> goal() {
    return plan().goal();
  }

  /** The decision that approved or rejected it, once there is one. */
  default Optional<DecisionId> decision() {
    return Optional.empty();
  }

  /** The day it was delivered, once delivered. */
  default Optional<LocalDate> deliveredOn() {
    return Optional.empty();
  }

  /** Its participants by organisation and country, once delivered. */
  default List<ParticipantCount> participants() {
    return List.of();
  }

  /** The number of participants, 0 until delivered. */
  default int participantCount() {
    return participants().stream().mapToInt(ParticipantCount::count).sum();
  }

  /** The day that counts for it: its delivery day once delivered, its planned day until then. */
  default LocalDate dueOn() {
    return deliveredOn().orElse(plan().plannedOn());
  }

  /** True when delivered (or delivered and evaluated) on or before {@code day}. */
  default boolean deliveredBy(LocalDate day) {
    return deliveredOn().map(d -> !d.isAfter(day)).orElse(false);
  }

  /**
   * This training approved by {@code decision}.
   *
   * @throws ConflictException with code {@link #ILLEGAL_MOVE} unless it is proposed
   */
  default Approved approve(DecisionId decision) {
    throw illegalMove(this, TrainingStatus.APPROVED);
  }

  /**
   * This training rejected by {@code decision}.
   *
   * @throws ConflictException with code {@link #ILLEGAL_MOVE} unless it is proposed
   */
  default Rejected reject(DecisionId decision) {
    throw illegalMove(this, TrainingStatus.REJECTED);
  }

  /**
   * This training delivered on {@code day} to {@code participants}.
   *
   * @throws ConflictException with code {@link #ILLEGAL_MOVE} unless it is approved
   */
  default Delivered deliver(LocalDate day, List<ParticipantCount> participants) {
    throw illegalMove(this, TrainingStatus.DELIVERED);
  }

  /**
   * This training evaluated with {@code score}.
   *
   * @throws ConflictException with code {@link #ILLEGAL_MOVE} unless it is delivered
   */
  default Evaluated evaluate(int score, Optional<String> comment) {
    throw illegalMove(this, TrainingStatus.EVALUATED);
  }

  /**
   * This training with its participants replaced.
   *
   * @throws ValidationException with code {@link #NOT_IN_STATUS} at {@code participants} unless it
   *     is delivered or evaluated: the refusal {@link #of} gives a row with participants in such a
   *     status
   */
  default Training withParticipants(List<ParticipantCount> participants) {
    throw ValidationException.of(
        "participants", NOT_IN_STATUS, "a " + status() + " training has no participants");
  }

  /** A status that needs the decision that approved or rejected the training, without one. */
  String DECISION_REQUIRED = "decision-required";

  /** A delivered or evaluated training without its delivery day. */
  String DELIVERY_DATE_REQUIRED = "delivery-date-required";

  /** An evaluated training without its score. */
  String SCORE_REQUIRED = "score-required";

  /** A value its status does not have, for example a delivery day on a proposed training. */
  String NOT_IN_STATUS = "not-in-status";

  /**
   * A training rebuilt from its flat parts, as a file row or a table stores it: the parts its
   * status needs are required, the parts it cannot have are refused.
   *
   * @param plan what it is
   * @param status where it stands
   * @param decision the decision that approved or rejected it (required unless proposed)
   * @param deliveredOn its delivery day (required when delivered or evaluated)
   * @param participants its participants (only when delivered or evaluated)
   * @param score the evaluation's score (required when evaluated)
   * @param comment the evaluation's comment (only when evaluated)
   * @throws ValidationException listing every missing or misplaced part, by the fields {@code
   *     decision}, {@code deliveredOn}, {@code participants}, {@code score} and {@code comment}
   */
  static Training of(
      TrainingPlan plan,
      TrainingStatus status,
      Optional<DecisionId> decision,
      Optional<LocalDate> deliveredOn,
      List<ParticipantCount> participants,
      Optional<Integer> score,
      Optional<String> comment) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(status, "status");
    boolean decided = status != TrainingStatus.PROPOSED;
    boolean delivered = status == TrainingStatus.DELIVERED || status == TrainingStatus.EVALUATED;
    boolean evaluated = status == TrainingStatus.EVALUATED;
    List<ValidationException.FieldError> errors = new java.util.ArrayList<>();
    expect(errors, status, "decision", decision.isPresent(), decided, DECISION_REQUIRED);
    expect(
        errors, status, "deliveredOn", deliveredOn.isPresent(), delivered, DELIVERY_DATE_REQUIRED);
    expect(errors, status, "participants", !participants.isEmpty(), delivered, null);
    expect(errors, status, "score", score.isPresent(), evaluated, SCORE_REQUIRED);
    expect(errors, status, "comment", comment.isPresent(), evaluated, null);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    Proposed proposed = propose(plan);
    return switch (status) {
      case PROPOSED -> proposed;
      case REJECTED -> proposed.reject(decision.orElseThrow());
      case APPROVED -> proposed.approve(decision.orElseThrow());
      case DELIVERED ->
          proposed.approve(decision.orElseThrow()).deliver(deliveredOn.orElseThrow(), participants);
      case EVALUATED ->
          proposed
              .approve(decision.orElseThrow())
              .deliver(deliveredOn.orElseThrow(), participants)
              .evaluate(score.orElseThrow(), comment);
    };
  }

  private static void expect(
      List<ValidationException.FieldError> errors,
      TrainingStatus status,
      String field,
      boolean present,
      boolean wanted,
      String missingCode) {
    if (present && !wanted) {
      errors.add(
          new ValidationException.FieldError(
              field, NOT_IN_STATUS, "a " + status + " training has no " + field));
    } else if (!present && wanted && missingCode != null) {
      errors.add(
          new ValidationException.FieldError(
              field, missingCode, "a " + status + " training needs its " + field));
    }
  }

  /** A new training, proposed. */
  static Proposed propose(TrainingPlan plan) {
    return new Proposed(plan);
  }

  /** The refusal of a move from {@code training}'s status to {@code next}. */
  static ConflictException illegalMove(Training training, TrainingStatus next) {
    TrainingStatus from = training.status();
    String allowed =
        from.next().isEmpty()
            ? "none: " + from + " is final"
            : from.next().stream().map(Enum::name).collect(Collectors.joining(", "));
    return new ConflictException(
        ILLEGAL_MOVE,
        "training "
            + training.id()
            + " cannot move from "
            + from
            + " to "
            + next
            + "; allowed: "
            + allowed);
  }

  /**
   * Proposed by its partner, waiting for the board.
   *
   * @param plan what it is
   */
  record Proposed(TrainingPlan plan) implements Training {
    /** Requires the plan. */
    public Proposed {
      Objects.requireNonNull(plan, "plan");
    }

    @Override
    public TrainingStatus status() {
      return TrainingStatus.PROPOSED;
    }

    @Override
    public Approved approve(DecisionId decision) {
      return new Approved(plan, decision);
    }

    @Override
    public Rejected reject(DecisionId decision) {
      return new Rejected(plan, decision);
    }
  }

  /**
   * Approved by a board decision.
   *
   * @param plan what it is
   * @param approval the decision that approved it
   */
  record Approved(TrainingPlan plan, DecisionId approval) implements Training {
    /** Requires both parts. */
    public Approved {
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(approval, "approval");
    }

    @Override
    public TrainingStatus status() {
      return TrainingStatus.APPROVED;
    }

    @Override
    public Optional<DecisionId> decision() {
      return Optional.of(approval);
    }

    @Override
    public Delivered deliver(LocalDate day, List<ParticipantCount> participants) {
      return new Delivered(plan, approval, day, participants);
    }
  }

  /**
   * Delivered.
   *
   * @param plan what it is
   * @param approval the decision that approved it
   * @param on the day it was delivered
   * @param attendance its participants, each organisation and country once
   */
  record Delivered(
      TrainingPlan plan, DecisionId approval, LocalDate on, List<ParticipantCount> attendance)
      implements Training {

    /** An organisation listed twice for one country. */
    public static final String DUPLICATE_PARTICIPANT = "duplicate-participant";

    /** Requires every part. */
    public Delivered {
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(approval, "approval");
      Bounds.date("deliveredOn", on);
      attendance = List.copyOf(attendance);
      if (attendance.stream().map(p -> p.organisation() + "\n" + p.country()).distinct().count()
          != attendance.size()) {
        throw ValidationException.of(
            "participants",
            DUPLICATE_PARTICIPANT,
            "an organisation is listed once per country and training");
      }
    }

    @Override
    public TrainingStatus status() {
      return TrainingStatus.DELIVERED;
    }

    @Override
    public Optional<DecisionId> decision() {
      return Optional.of(approval);
    }

    @Override
    public Optional<LocalDate> deliveredOn() {
      return Optional.of(on);
    }

    @Override
    public List<ParticipantCount> participants() {
      return attendance;
    }

    @Override
    public Evaluated evaluate(int score, Optional<String> comment) {
      return new Evaluated(this, score, comment);
    }

    @Override
    public Delivered withParticipants(List<ParticipantCount> participants) {
      return new Delivered(plan, approval, on, participants);
    }
  }

  /**
   * Delivered and evaluated.
   *
   * @param delivery the delivered training
   * @param score the evaluation's score, 1 to 5
   * @param comment the evaluation's comment, if any; may span lines
   */
  record Evaluated(Delivered delivery, int score, Optional<String> comment) implements Training {

    /** A score outside 1 to 5. */
    public static final String INVALID_SCORE = "invalid-score";

    /** Requires every part and a score of 1 to 5. */
    public Evaluated {
      Objects.requireNonNull(delivery, "delivery");
      if (score < 1 || score > 5) {
        throw ValidationException.of(
            "score", INVALID_SCORE, "an evaluation scores 1 to 5, not " + score);
      }
      comment =
          Objects.requireNonNull(comment, "comment")
              .map(c -> Texts.multiline("comment", c, Limits.TEXT));
    }

    @Override
    public TrainingPlan plan() {
      return delivery.plan();
    }

    @Override
    public TrainingStatus status() {
      return TrainingStatus.EVALUATED;
    }

    @Override
    public Optional<DecisionId> decision() {
      return delivery.decision();
    }

    @Override
    public Optional<LocalDate> deliveredOn() {
      return delivery.deliveredOn();
    }

    @Override
    public List<ParticipantCount> participants() {
      return delivery.participants();
    }

    @Override
    public Evaluated withParticipants(List<ParticipantCount> participants) {
      return new Evaluated(delivery.withParticipants(participants), score, comment);
    }
  }

  /**
   * Rejected by a board decision.
   *
   * @param plan what it was
   * @param rejection the decision that rejected it
   */
  record Rejected(TrainingPlan plan, DecisionId rejection) implements Training {
    /** Requires both parts. */
    public Rejected {
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(rejection, "rejection");
    }

    @Override
    public TrainingStatus status() {
      return TrainingStatus.REJECTED;
    }

    @Override
    public Optional<DecisionId> decision() {
      return Optional.of(rejection);
    }
  }
}
