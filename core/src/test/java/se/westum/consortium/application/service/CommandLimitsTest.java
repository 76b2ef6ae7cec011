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
package se.westum.consortium.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.in.RecordGoalCommand;
import se.westum.consortium.application.port.in.RecordIndicatorCommand;
import se.westum.consortium.application.port.in.RecordMeetingCommand;
import se.westum.consortium.application.port.in.RecordProgrammeCommand;
import se.westum.consortium.application.port.in.RecordProjectCommand;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.project.ProgrammeKind;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.domain.shared.ValidationException.FieldError;
import se.westum.consortium.testing.InMemoryStorage;

/**
 * A command beyond a limit is refused by the record's own rule, with the code an import gives: the
 * command annotations restate no limit (one home for every rule).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CommandLimitsTest {

  private final Consortium consortium = Consortium.builder().storage(new InMemoryStorage()).build();

  @Test
  void a_name_one_character_too_long_is_refused_with_the_text_rule_code() {
    // given
    String name = "x".repeat(Limits.NAME + 1);

    // when
    ValidationException refused =
        refused(
            () ->
                consortium
                    .projects()
                    .recordProgramme(new RecordProgrammeCommand("P", name, ProgrammeKind.ESF)));

    // then
    assertThat(refused.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("name", Texts.INVALID_LENGTH));
  }

  @Test
  void a_place_with_a_nul_is_refused_with_the_text_rule_code() {
    // when
    ValidationException refused =
        refused(
            () ->
                consortium
                    .governance()
                    .recordMeeting(
                        new RecordMeetingCommand(
                            "M-1",
                            MeetingKind.ANNUAL_MEETING,
                            LocalDate.of(2016, 4, 20),
                            null,
                            "Sk\u0000vde",
                            List.of())));

    // then
    assertThat(refused.errors()).extracting(FieldError::code).contains(Texts.CONTROL_CHARACTER);
  }

  @Test
  void a_year_out_of_range_is_refused_with_the_bounds_code() {
    // when
    ValidationException refused =
        refused(
            () ->
                consortium
                    .governance()
                    .recordGoal(new RecordGoalCommand("G-1", Limits.LAST_YEAR + 1, "I", "Goal")));

    // then
    assertThat(refused.errors()).extracting(FieldError::code).contains(Bounds.YEAR_OUT_OF_RANGE);
  }

  @Test
  void a_value_with_more_integer_digits_than_stored_is_refused_with_the_bounds_code() {
    // given
    consortium
        .projects()
        .recordProgramme(new RecordProgrammeCommand("P", "Erasmus+", ProgrammeKind.OTHER));
    consortium
        .projects()
        .recordProject(
            new RecordProjectCommand(
                "PJ",
                "Project",
                "P",
                LocalDate.of(2016, 1, 1),
                LocalDate.of(2017, 1, 1),
                "Westum",
                null,
                null,
                null,
                List.of()));
    BigDecimal huge = BigDecimal.TEN.pow(Limits.INDICATOR_INTEGER_DIGITS);

    // when
    ValidationException refused =
        refused(
            () ->
                consortium
                    .projects()
                    .recordIndicator(
                        new RecordIndicatorCommand(
                            "I-1", "PJ", "Visits", "visits", BigDecimal.ZERO, huge, List.of())));

    // then
    assertThat(refused.errors()).extracting(FieldError::code).contains(Bounds.TOO_MANY_DIGITS);
  }

  private static ValidationException refused(Runnable useCase) {
    ValidationException refused = catchThrowableOfType(ValidationException.class, useCase::run);
    assertThat(refused).isNotNull();
    return refused;
  }
}
