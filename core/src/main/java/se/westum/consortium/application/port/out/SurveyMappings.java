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
package se.westum.consortium.application.port.out;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.training.SurveyMapping;

/** The survey mappings of projects: which column of a survey export holds what, one per project. */
public interface SurveyMappings {

  /** The mapping of a project, if stored. */
  Optional<SurveyMapping> find(ProjectId project);

  /**
   * Stores many mappings, each replacing the project's stored one whole; one equal to the stored
   * one is not rewritten.
   *
   * @return how many were added, changed and left unchanged
   */
  Saved saveAll(Collection<SurveyMapping> mappings);

  /** Every mapping ordered by project; the caller closes the stream. */
  Stream<SurveyMapping> stream();
}
