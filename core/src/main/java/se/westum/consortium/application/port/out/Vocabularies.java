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
import se.westum.consortium.domain.training.Quota;
import se.westum.consortium.domain.training.Vocabulary;

/**
 * The training settings of projects: each project's vocabulary (need topics and sectors, which
 * sectors it selected) and its partner quota.
 */
public interface Vocabularies {

  /** The vocabulary of a project, if stored. */
  Optional<Vocabulary> find(ProjectId project);

  /**
   * Stores many vocabularies, each replacing the project's stored one whole; one equal to the
   * stored one is not rewritten.
   *
   * @return how many were added, changed and left unchanged
   */
  Saved saveAll(Collection<Vocabulary> vocabularies);

  /** The partner quota of a project, if one was stored (the core's default applies otherwise). */
  Optional<Quota> quota(ProjectId project);

  /** Stores the partner quota of a stored project, replacing the stored one. */
  void saveQuota(ProjectId project, Quota quota);

  /** Every vocabulary ordered by project; the caller closes the stream. */
  Stream<Vocabulary> stream();
}
