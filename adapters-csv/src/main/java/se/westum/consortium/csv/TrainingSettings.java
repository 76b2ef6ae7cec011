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
package se.westum.consortium.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.westum.consortium.csv.TrainingRows.MappingRow;
import se.westum.consortium.csv.TrainingRows.SectorRow;
import se.westum.consortium.csv.TrainingRows.TopicRow;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.training.NeedTopic;
import se.westum.consortium.domain.training.Sector;
import se.westum.consortium.domain.training.SurveyMapping;
import se.westum.consortium.domain.training.SurveyTarget;
import se.westum.consortium.domain.training.Vocabulary;

/**
 * The small per-project files joined into records: {@code need_topics.csv} and {@code sectors.csv}
 * into each project's {@link Vocabulary}, {@code survey_mapping.csv} into its {@link
 * SurveyMapping}, in the order the projects first appear.
 */
final class TrainingSettings {

  private final Map<ProjectId, List<NeedTopic>> topics = new LinkedHashMap<>();
  private final Map<ProjectId, List<Sector>> sectors = new LinkedHashMap<>();
  private final Map<ProjectId, Map<SurveyTarget, String>> mappings = new LinkedHashMap<>();

  void add(TopicRow row) {
    if (row != null) {
      topics.computeIfAbsent(row.project(), p -> new ArrayList<>()).add(row.topic());
      sectors.computeIfAbsent(row.project(), p -> new ArrayList<>());
    }
  }

  void add(SectorRow row) {
    if (row != null) {
      topics.computeIfAbsent(row.project(), p -> new ArrayList<>());
      sectors.computeIfAbsent(row.project(), p -> new ArrayList<>()).add(row.sector());
    }
  }

  void add(MappingRow row) {
    if (row != null) {
      mappings
          .computeIfAbsent(row.project(), p -> new LinkedHashMap<>())
          .put(row.target(), row.source());
    }
  }

  /** The vocabularies (their constructors may refuse one: duplicate terms). */
  List<Vocabulary> vocabularies() {
    List<Vocabulary> all = new ArrayList<>();
    topics.forEach((p, t) -> all.add(new Vocabulary(p, t, sectors.get(p))));
    return all;
  }

  /** The vocabulary of a project; an empty one when the files have none. */
  Vocabulary vocabulary(ProjectId project) {
    return new Vocabulary(
        project, topics.getOrDefault(project, List.of()), sectors.getOrDefault(project, List.of()));
  }

  /** The mappings (their constructors may refuse one: a missing target, a source named twice). */
  List<SurveyMapping> mappings() {
    List<SurveyMapping> all = new ArrayList<>();
    mappings.forEach((p, m) -> all.add(new SurveyMapping(p, m)));
    return all;
  }
}
