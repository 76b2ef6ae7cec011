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
package se.westum.consortium.application.port.in;

import java.util.stream.Stream;
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.CompetenceBroker;
import se.westum.consortium.domain.training.FocusArea;
import se.westum.consortium.domain.training.IndicatorFeed;
import se.westum.consortium.domain.training.SurveyAnswer;
import se.westum.consortium.domain.training.SurveyMapping;
import se.westum.consortium.domain.training.Training;
import se.westum.consortium.domain.training.Vocabulary;

/**
 * The needs-based training records as a whole, for import and export, in the order an import checks
 * them. Each method opens a fresh stream that the caller must close; company visits and survey
 * answers may be read as they are consumed.
 */
public interface TrainingDataset extends Dataset {

  /** The vocabularies (need topics and sectors) of projects. */
  Stream<Vocabulary> vocabularies();

  /** The survey mappings of projects. */
  Stream<SurveyMapping> surveyMappings();

  /** The competence brokers. */
  Stream<CompetenceBroker> brokers();

  /** The company visits with their needs. */
  Stream<CompanyVisit> companyVisits();

  /** The survey answers, read through their project's mapping. */
  Stream<SurveyAnswer> surveyAnswers();

  /** The focus areas. */
  Stream<FocusArea> focusAreas();

  /** The trainings with their participants. */
  Stream<Training> trainings();

  /**
   * The partner quotas of projects, each project once (none unless the source names some; a project
   * without one keeps the quota it has, by default 1 to 3).
   */
  default Stream<se.westum.consortium.domain.training.ProjectQuota> quotas() {
    return Stream.empty();
  }

  /** The indicators counted from records (none unless the source names some). */
  default Stream<IndicatorFeed> indicatorFeeds() {
    return Stream.empty();
  }
}
