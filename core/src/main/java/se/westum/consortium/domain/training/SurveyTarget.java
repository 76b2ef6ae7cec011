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

import java.util.Objects;
import java.util.Optional;
import se.westum.consortium.domain.shared.Shown;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * What a column of a survey export holds for a survey answer: its id, date, company organisation
 * number, sector or employees, or the priority of one need topic. Written {@code id}, {@code date},
 * {@code company_number}, {@code sector}, {@code employees} or {@code topic:<topic>}.
 *
 * @param field the answer's field
 * @param topic the topic, exactly when {@code field} is {@link Field#TOPIC}
 */
public record SurveyTarget(Field field, Optional<TopicId> topic) {

  /** A target that is none of the known ones. */
  public static final String INVALID_TARGET = "invalid-survey-target";

  /** The fields of a survey answer a column can hold. */
  public enum Field {
    /** The answer's id ({@code id}). */
    ID("id"),
    /** The day answered ({@code date}). */
    DATE("date"),
    /** The company's organisation number ({@code company_number}). */
    COMPANY_NUMBER("company_number"),
    /** The company's sector, by id or name ({@code sector}). */
    SECTOR("sector"),
    /** The company's number of employees ({@code employees}). */
    EMPLOYEES("employees"),
    /** The priority of one need topic ({@code topic:<topic>}). */
    TOPIC("topic");

    private final String written;

    Field(String written) {
      this.written = written;
    }

    /** How the field is written in a mapping. */
    public String written() {
      return written;
    }
  }

  /** Requires a topic exactly for {@link Field#TOPIC}. */
  public SurveyTarget {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(topic, "topic");
    if ((field == Field.TOPIC) != topic.isPresent()) {
      throw ValidationException.of(
          "target", INVALID_TARGET, "a topic target names its topic, and only a topic target does");
    }
  }

  /** A target other than a topic. */
  public static SurveyTarget of(Field field) {
    return new SurveyTarget(field, Optional.empty());
  }

  /** The target of one need topic. */
  public static SurveyTarget topic(TopicId topic) {
    return new SurveyTarget(Field.TOPIC, Optional.of(topic));
  }

  /**
   * Parses the written form.
   *
   * @throws ValidationException with code {@link #INVALID_TARGET} (or the topic id's code)
   */
  public static SurveyTarget parse(String text) {
    Objects.requireNonNull(text, "target");
    String stripped = text.strip();
    if (stripped.startsWith("topic:")) {
      return topic(new TopicId(stripped.substring("topic:".length())));
    }
    for (Field f : Field.values()) {
      if (f != Field.TOPIC && f.written().equals(stripped)) {
        return of(f);
      }
    }
    throw ValidationException.of(
        "target",
        INVALID_TARGET,
        "a survey target is id, date, company_number, sector, employees or topic:<topic>, not "
            + Shown.value(text));
  }

  /** The written form, for example {@code topic:social-media}. */
  public String written() {
    return topic.map(t -> "topic:" + t.value()).orElse(field.written());
  }

  @Override
  public String toString() {
    return written();
  }
}
