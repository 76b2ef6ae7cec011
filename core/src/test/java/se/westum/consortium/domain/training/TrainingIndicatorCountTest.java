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
import static se.westum.consortium.domain.training.TrainingFixtures.INDUSTRY;
import static se.westum.consortium.domain.training.TrainingFixtures.KOBRA;
import static se.westum.consortium.domain.training.TrainingFixtures.aTraining;
import static se.westum.consortium.domain.training.TrainingFixtures.visit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.governance.EventKind;
import se.westum.consortium.domain.governance.Participation;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.project.Measurement;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.shared.ValidationException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrainingIndicatorCountTest {

  private final RecordCountPolicy policy = new RecordCountPolicy();
  private final List<CompanyVisit> visits =
      List.of(
          visit("V1", LocalDate.of(2016, 3, 1), 1, INDUSTRY, 5),
          visit("V2", LocalDate.of(2016, 6, 30), 2, INDUSTRY, 5),
          visit("V3", LocalDate.of(2016, 7, 1), 3, INDUSTRY, 5));

  private static Indicator visitsIndicator(int measured) {
    return new Indicator(
        new IndicatorId("KOBRA-I1"),
        KOBRA,
        "Företagsbesök",
        "besök",
        BigDecimal.ZERO,
        new BigDecimal("400"),
        List.of(new Measurement(LocalDate.of(2016, 6, 30), new BigDecimal(measured + ".00"))));
  }

  @Test
  void a_measured_value_that_agrees_with_the_records_on_its_day_is_satisfied() {
    // when
    Finding finding =
        policy.assess(
            visitsIndicator(2),
            RecordSource.COMPANY_VISITS,
            LocalDate.of(2017, 2, 28),
            d -> RecordSource.visits(visits, d));

    // then
    assertThat(finding.satisfied()).isTrue();
    assertThat(finding.reason())
        .isEqualTo("KOBRA-I1: measured 2 on 2016-06-30; 2 company-visits recorded by then: agree");
  }

  @Test
  void a_measured_value_that_disagrees_with_the_records_is_a_finding() {
    // when
    Finding finding =
        policy.assess(
            visitsIndicator(3),
            RecordSource.COMPANY_VISITS,
            LocalDate.of(2017, 2, 28),
            d -> RecordSource.visits(visits, d));

    // then
    assertThat(finding.satisfied()).isFalse();
    assertThat(finding.reason())
        .isEqualTo(
            "KOBRA-I1: measured 3 on 2016-06-30; 2 company-visits recorded by then: they disagree");
    assertThat(finding.arguments())
        .containsExactly(
            "KOBRA-I1", new BigDecimal("3"), LocalDate.of(2016, 6, 30), 2L, "company-visits");
  }

  @Test
  void the_participants_of_delivered_trainings_are_counted() {
    List<Training> trainings =
        List.of(
            aTraining().id("T1").deliveredOn(LocalDate.of(2017, 3, 2)),
            aTraining().id("T2").approved());
    assertThat(RecordSource.participants(trainings, LocalDate.of(2017, 3, 31))).isEqualTo(12);
    assertThat(RecordSource.participants(trainings, LocalDate.of(2017, 3, 1))).isZero();
  }

  @Test
  void a_record_source_is_written_in_lower_case_words() {
    assertThat(RecordSource.parse("survey-answers")).isEqualTo(RecordSource.SURVEY_ANSWERS);
    assertThat(RecordSource.DISTINCT_PEOPLE_AT_EVENTS.code())
        .isEqualTo("distinct-people-at-events");
    assertThatThrownBy(() -> RecordSource.parse("visits"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo(RecordSource.UNKNOWN_SOURCE));
  }

  @Test
  void distinct_people_are_counted_once_across_events_that_list_them() {
    // given two events with one person in common, and one that only gives a total
    List<Event> events =
        List.of(
            event("E1", LocalDate.of(2016, 5, 31), byPerson("P-1", "P-2")),
            event("E2", LocalDate.of(2016, 11, 22), byPerson("P-2", "P-3")),
            event("E3", LocalDate.of(2016, 6, 1), new Participation.Total(40)));

    // when / then
    assertThat(RecordSource.distinctPeople(events, LocalDate.of(2016, 12, 31))).isEqualTo(3);
    assertThat(RecordSource.distinctPeople(events, LocalDate.of(2016, 6, 30))).isEqualTo(2);
  }

  private static Participation byPerson(String... people) {
    TreeSet<PersonRef> refs = new TreeSet<>();
    for (String p : people) {
      refs.add(new PersonRef(p));
    }
    return new Participation.ByPerson(refs);
  }

  private static Event event(String id, LocalDate day, Participation participation) {
    return new Event(
        new EventId(id),
        EventKind.CONFERENCE,
        "Partnerskapsmöte",
        DateRange.on(day),
        "Arendal",
        "NO",
        "Kobra",
        Optional.empty(),
        participation);
  }
}
