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

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * Which column of a survey tool's export holds which part of a survey answer. Every tool names its
 * columns differently, so the mapping is data: a project records it beside the export, and columns
 * it does not name are ignored.
 *
 * @param project the project
 * @param sources the export's column name for each target, in the mapping's order; the id, date,
 *     company number, sector and employees are required, and a column holds one target
 */
public record SurveyMapping(ProjectId project, Map<SurveyTarget, String> sources) {

  /** A mapping without one of the required targets. */
  public static final String MISSING_TARGET = "missing-survey-target";

  /**
   * A mapping written as a list (a REST body) that names one target twice; a map of targets cannot
   * hold it, so a reader of such a list refuses it with this code.
   */
  public static final String DUPLICATE_TARGET = "duplicate-survey-target";

  /** A mapping that reads two targets from one column. */
  public static final String DUPLICATE_SOURCE = "duplicate-survey-source";

  /**
   * A column name of the export as a mapping holds it: one line of 1 to {@link Limits#NAME}
   * characters. The constructor applies it to every source; a reader of a mapping row calls it to
   * place a refusal at its row.
   *
   * @throws ValidationException on the field {@code source}
   */
  public static String source(String source) {
    return Texts.required("source", source, Limits.NAME);
  }

  /** Requires every part, the five answer fields and one target per column. */
  public SurveyMapping {
    Objects.requireNonNull(project, "project");
    Map<SurveyTarget, String> copy = new LinkedHashMap<>();
    sources.forEach(
        (target, source) -> copy.put(Objects.requireNonNull(target, "target"), source(source)));
    Set<SurveyTarget.Field> present =
        copy.keySet().stream()
            .map(SurveyTarget::field)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(SurveyTarget.Field.class)));
    Set<SurveyTarget.Field> missing = EnumSet.complementOf(EnumSet.of(SurveyTarget.Field.TOPIC));
    missing.removeAll(present);
    if (!missing.isEmpty()) {
      throw ValidationException.of(
          "target",
          MISSING_TARGET,
          "a survey mapping names the column of "
              + missing.stream()
                  .map(SurveyTarget.Field::written)
                  .collect(Collectors.joining(", ")));
    }
    if (copy.values().stream().distinct().count() != copy.size()) {
      throw ValidationException.of(
          "source", DUPLICATE_SOURCE, "a column of the export holds one target of the mapping");
    }
    sources = Collections.unmodifiableMap(copy);
  }

  /** The column holding {@code field} (not a topic). */
  public String source(SurveyTarget.Field field) {
    return sources.get(SurveyTarget.of(field));
  }

  /** The column of each mapped need topic, in the mapping's order. */
  public Map<TopicId, String> topicSources() {
    Map<TopicId, String> topics = new LinkedHashMap<>();
    sources.forEach((t, s) -> t.topic().ifPresent(topic -> topics.put(topic, s)));
    return topics;
  }

  /**
   * Refuses a mapping that names a topic outside the project's vocabulary.
   *
   * @throws ValidationException with code {@link Vocabulary#UNKNOWN_TOPIC}
   */
  public void checkAgainst(Vocabulary vocabulary) {
    topicSources().keySet().forEach(t -> vocabulary.requireTopic("target", t));
  }
}
