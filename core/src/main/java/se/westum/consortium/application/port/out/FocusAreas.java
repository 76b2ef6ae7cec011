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
import java.util.List;
import java.util.stream.Stream;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.training.FocusArea;

/** The focus areas of projects, one per project and topic (the natural key). */
public interface FocusAreas {

  /** The focus areas of a project ordered by topic. */
  List<FocusArea> ofProject(ProjectId project);

  /**
   * Stores many focus areas, replacing by project and topic; one equal to the stored one is not
   * rewritten.
   *
   * @return how many were added, changed and left unchanged
   */
  Saved saveAll(Collection<FocusArea> areas);

  /** Every focus area ordered by project and topic; the caller closes the stream. */
  Stream<FocusArea> stream();
}
