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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.westum.consortium.domain.training.TrainingFixtures.QUALITY_ASSURANCE;
import static se.westum.consortium.domain.training.TrainingFixtures.aTraining;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.ValidationException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainingStatesTest {

  private static final LocalDate DAY = LocalDate.of(2017, 3, 2);

  @Test
  void a_training_moves_from_proposed_to_evaluated() {
    // given
    Training.Proposed proposed = aTraining().proposed();

    // when
    Training.Evaluated evaluated =
        proposed
            .approve(QUALITY_ASSURANCE)
            .deliver(DAY, List.of(new ParticipantCount("Larvik kommune", "no", 7)))
            .evaluate(4, Optional.of("Bra\nupplägg"));

    // then
    assertThat(evaluated.status()).isEqualTo(TrainingStatus.EVALUATED);
    assertThat(evaluated.decision()).contains(QUALITY_ASSURANCE);
    assertThat(evaluated.deliveredOn()).contains(DAY);
    assertThat(evaluated.participants())
        .containsExactly(new ParticipantCount("Larvik kommune", "NO", 7));
    assertThat(evaluated.participantCount()).isEqualTo(7);
  }

  @Test
  void a_proposed_training_cannot_be_delivered_and_the_refusal_names_the_allowed_moves() {
    // given
    Training proposed = aTraining().proposed();

    // when / then
    assertThatThrownBy(() -> proposed.deliver(DAY, List.of()))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "training KOBRA-T01 cannot move from PROPOSED to DELIVERED; allowed: APPROVED, REJECTED")
        .extracting(e -> ((ConflictException) e).code())
        .isEqualTo(Training.ILLEGAL_MOVE);
  }

  @Test
  void a_rejected_training_is_final() {
    // given
    Training rejected = aTraining().proposed().reject(QUALITY_ASSURANCE);

    // when / then
    assertThatThrownBy(() -> rejected.approve(QUALITY_ASSURANCE))
        .hasMessage(
            "training KOBRA-T01 cannot move from REJECTED to APPROVED; allowed: none: REJECTED is final");
  }

  @Test
  void an_approved_training_cannot_be_approved_again_or_evaluated() {
    Training approved = aTraining().approved();
    assertThatThrownBy(() -> approved.approve(QUALITY_ASSURANCE))
        .hasMessageEndingWith("allowed: DELIVERED");
    assertThatThrownBy(() -> approved.evaluate(3, Optional.empty()))
        .hasMessageEndingWith("allowed: DELIVERED");
  }

  @Test
  void the_status_table_matches_the_types() {
    assertThat(TrainingStatus.PROPOSED.next())
        .isEqualTo(EnumSet.of(TrainingStatus.APPROVED, TrainingStatus.REJECTED));
    assertThat(TrainingStatus.DELIVERED.next()).containsExactly(TrainingStatus.EVALUATED);
    assertThat(TrainingStatus.EVALUATED.next()).isEmpty();
  }

  @Test
  void an_evaluation_scores_one_to_five() {
    Training.Delivered delivered = aTraining().deliveredOn(DAY);
    assertThatThrownBy(() -> delivered.evaluate(6, Optional.empty()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("scores 1 to 5");
    assertThatThrownBy(() -> delivered.evaluate(0, Optional.empty()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void a_training_addresses_at_least_one_topic() {
    assertThatThrownBy(() -> aTraining().topics().plan())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at least one topic");
  }

  @Test
  void an_organisation_is_listed_once_per_country_among_the_participants() {
    Training approved = aTraining().approved();
    List<ParticipantCount> twice =
        List.of(
            new ParticipantCount("Skövde kommun", "SE", 3),
            new ParticipantCount("Skövde kommun", "SE", 2));
    assertThatThrownBy(() -> approved.deliver(DAY, twice))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("once per country");
  }

  @Test
  void a_training_rebuilt_from_its_flat_parts_has_the_type_of_its_status() {
    // when
    Training evaluated =
        Training.of(
            aTraining().plan(),
            TrainingStatus.EVALUATED,
            Optional.of(QUALITY_ASSURANCE),
            Optional.of(DAY),
            List.of(new ParticipantCount("Skövde kommun", "SE", 5)),
            Optional.of(5),
            Optional.empty());

    // then
    assertThat(evaluated).isInstanceOf(Training.Evaluated.class);
    assertThat(evaluated.participantCount()).isEqualTo(5);
    assertThat(((Training.Evaluated) evaluated).score()).isEqualTo(5);
  }

  @Test
  void an_approved_training_without_its_decision_and_a_delivered_one_without_its_day_are_refused() {
    assertThatThrownBy(
            () ->
                Training.of(
                    aTraining().plan(),
                    TrainingStatus.APPROVED,
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(
                        ValidationException.FieldError::field, ValidationException.FieldError::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "decision", Training.DECISION_REQUIRED)));
    assertThatThrownBy(
            () ->
                Training.of(
                    aTraining().plan(),
                    TrainingStatus.DELIVERED,
                    Optional.of(QUALITY_ASSURANCE),
                    Optional.empty(),
                    List.of(),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo(Training.DELIVERY_DATE_REQUIRED));
  }

  @Test
  void a_proposed_training_has_no_delivery_day_or_score() {
    assertThatThrownBy(
            () ->
                Training.of(
                    aTraining().plan(),
                    TrainingStatus.PROPOSED,
                    Optional.empty(),
                    Optional.of(DAY),
                    List.of(),
                    Optional.of(3),
                    Optional.empty()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(ValidationException.FieldError::field)
                    .containsExactly("deliveredOn", "score"));
  }
}
