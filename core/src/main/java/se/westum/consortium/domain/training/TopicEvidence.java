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
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The recorded needs of one topic in a {@link NeedsAnalysis}.
 *
 * @param topic the topic
 * @param name its display name
 * @param needs how many visits and answers named it
 * @param companies how many distinct companies named it
 * @param high needs of priority 1
 * @param medium needs of priority 2
 * @param low needs of priority 3
 * @param bySector needs per sector, by sector id
 */
public record TopicEvidence(
    TopicId topic,
    String name,
    int needs,
    int companies,
    int high,
    int medium,
    int low,
    Map<SectorId, Integer> bySector) {

  /** Requires every part; the three priorities add up to the needs. */
  public TopicEvidence {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(name, "name");
    if (high + medium + low != needs) {
      throw new IllegalArgumentException("the priorities add up to the needs");
    }
    bySector = Collections.unmodifiableMap(new TreeMap<>(bySector));
  }

  /** The sum of the needs' priorities: with equal needs, the lower sum is the more pressing. */
  public int prioritySum() {
    return high + 2 * medium + 3 * low;
  }
}
