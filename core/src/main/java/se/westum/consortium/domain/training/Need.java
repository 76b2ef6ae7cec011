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
import se.westum.consortium.domain.shared.ValidationException;

/**
 * A competence need found at a company: a topic and how pressing it is.
 *
 * @param topic the need topic
 * @param priority 1 (high) to 3 (low)
 */
public record Need(TopicId topic, int priority) {

  /** A priority outside 1 to 3. */
  public static final String INVALID_PRIORITY = "invalid-priority";

  /** The highest priority. */
  public static final int HIGH = 1;

  /** The lowest priority. */
  public static final int LOW = 3;

  /** Requires a topic and a priority of 1 to 3. */
  public Need {
    Objects.requireNonNull(topic, "topic");
    if (priority < HIGH || priority > LOW) {
      throw ValidationException.of(
          "priority",
          INVALID_PRIORITY,
          "a priority is 1 (high) to 3 (low), not " + priority + " (topic " + topic + ")");
    }
  }
}
