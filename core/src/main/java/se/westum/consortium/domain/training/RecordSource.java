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
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.Participation;
import se.westum.consortium.domain.governance.PersonRef;
import se.westum.consortium.domain.shared.Shown;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * The records an indicator's achieved value can be counted from, instead of being measured by hand
 * (seed: Kobra's 325 company visits and 114 survey answers).
 */
public enum RecordSource {
  /** The project's company visits up to the day. */
  COMPANY_VISITS("company-visits"),
  /** The project's survey answers up to the day. */
  SURVEY_ANSWERS("survey-answers"),
  /** The participants of the project's trainings delivered by the day. */
  TRAINING_PARTICIPANTS("training-participants"),
  /** The distinct people at events that list their participants by person, up to the day. */
  DISTINCT_PEOPLE_AT_EVENTS("distinct-people-at-events");

  /** A record source that is none of the known ones. */
  public static final String UNKNOWN_SOURCE = "unknown-record-source";

  private final String code;

  RecordSource(String code) {
    this.code = code;
  }

  /** How the source is written, for example {@code company-visits}. */
  public String code() {
    return code;
  }

  /**
   * The source written {@code text}.
   *
   * @throws ValidationException with code {@link #UNKNOWN_SOURCE}
   */
  public static RecordSource parse(String text) {
    for (RecordSource s : values()) {
      if (s.code.equals(text == null ? null : text.strip())) {
        return s;
      }
    }
    throw ValidationException.of(
        "source",
        UNKNOWN_SOURCE,
        "a record source is company-visits, survey-answers, training-participants or"
            + " distinct-people-at-events, not "
            + Shown.value(text));
  }

  /** The company visits dated on or before {@code day}. */
  public static long visits(Collection<CompanyVisit> visits, LocalDate day) {
    return visits.stream().filter(v -> !v.date().isAfter(day)).count();
  }

  /** The survey answers dated on or before {@code day}. */
  public static long answers(Collection<SurveyAnswer> answers, LocalDate day) {
    return answers.stream().filter(a -> !a.date().isAfter(day)).count();
  }

  /** The participants of the trainings delivered on or before {@code day}. */
  public static long participants(Collection<? extends Training> trainings, LocalDate day) {
    return trainings.stream()
        .filter(t -> t.deliveredBy(day))
        .mapToLong(Training::participantCount)
        .sum();
  }

  /**
   * The distinct people at the events that started on or before {@code day} and list their
   * participants by person; events that only give counts cannot tell people apart and are left out.
   */
  public static long distinctPeople(Collection<Event> events, LocalDate day) {
    Set<PersonRef> people = new HashSet<>();
    events.stream()
        .filter(e -> !e.dates().start().isAfter(day))
        .map(Event::participation)
        .filter(Participation.ByPerson.class::isInstance)
        .map(Participation.ByPerson.class::cast)
        .forEach(p -> people.addAll(p.people()));
    return people.size();
  }

  @Override
  public String toString() {
    return code;
  }
}
