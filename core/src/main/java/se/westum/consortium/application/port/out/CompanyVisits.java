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
import se.westum.consortium.domain.training.CompanyVisit;
import se.westum.consortium.domain.training.VisitId;

/**
 * The visits of projects, with their needs. A project may hold hundreds of thousands, so they are
 * read as streams: the caller closes each stream.
 */
public interface CompanyVisits {

  /** The record with this id, if stored. */
  Optional<CompanyVisit> find(VisitId id);

  /** The records of a project ordered by id, read as the stream is consumed. */
  Stream<CompanyVisit> ofProject(ProjectId project);

  /**
   * Stores many records, replacing by id (their needs included); a record equal to the stored one
   * is not rewritten.
   *
   * @return how many were added, changed and left unchanged
   */
  Saved saveAll(Collection<CompanyVisit> records);

  /** Every record ordered by id, read as the stream is consumed. */
  Stream<CompanyVisit> stream();
}
