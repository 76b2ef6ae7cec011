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
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;

/**
 * A competence need a project records, for example {@code social-media} "Sociala medier".
 *
 * @param id its identity in the project's vocabulary
 * @param name its display name, 1 to {@link Limits#NAME} characters
 */
public record NeedTopic(TopicId id, String name) {

  /** Requires both parts. */
  public NeedTopic {
    Objects.requireNonNull(id, "id");
    name = Texts.required("name", name, Limits.NAME);
  }
}
