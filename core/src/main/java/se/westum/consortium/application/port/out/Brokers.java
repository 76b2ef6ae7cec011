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
import java.util.Optional;
import java.util.stream.Stream;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.training.BrokerId;
import se.westum.consortium.domain.training.CompetenceBroker;

/**
 * The competence brokers (kompetensmäklare) of projects. A record names a stored project; the core
 * checks its other references before saving.
 */
public interface Brokers {

  /** The record with this id, if stored. */
  Optional<CompetenceBroker> find(BrokerId id);

  /** The records of a project ordered by id. */
  List<CompetenceBroker> ofProject(ProjectId project);

  /**
   * Stores many records, replacing by id; a record equal to the stored one is not rewritten.
   *
   * @return how many were added, changed and left unchanged
   */
  Saved saveAll(Collection<CompetenceBroker> records);

  /** Every record ordered by id; the caller closes the stream. */
  Stream<CompetenceBroker> stream();
}
