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
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.training.IndicatorFeed;

/** The indicators whose achieved values are counted from records, one source per indicator. */
public interface IndicatorFeeds {

  /** The feed of an indicator, if it has one. */
  Optional<IndicatorFeed> find(IndicatorId indicator);

  /** Every feed ordered by indicator. */
  List<IndicatorFeed> all();

  /**
   * Stores many feeds, replacing by indicator; one equal to the stored one is not rewritten.
   *
   * @return how many were added, changed and left unchanged
   */
  Saved saveAll(Collection<IndicatorFeed> feeds);
}
