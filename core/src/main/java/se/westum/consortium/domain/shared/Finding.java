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
package se.westum.consortium.domain.shared;

import java.util.Objects;

/**
 * The verdict of a named rule, with the reason in words, so a report can say why and not only
 * whether.
 *
 * @param rule the rule's stable name, for example {@code paid-in-full}
 * @param satisfied whether the rule holds
 * @param reason the explanation, for example {@code "paid 12000.00 SEK of 12000.00 SEK"}
 */
public record Finding(String rule, boolean satisfied, String reason) {

  /** Requires a rule name and a reason. */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }

  /** A rule that holds. */
  public static Finding satisfied(String rule, String reason) {
    return new Finding(rule, true, reason);
  }

  /** A rule that is broken. */
  public static Finding violated(String rule, String reason) {
    return new Finding(rule, false, reason);
  }
}
