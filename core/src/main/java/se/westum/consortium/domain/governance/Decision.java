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
package se.westum.consortium.domain.governance;

import java.util.Objects;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;

/**
 * A numbered decision (beslut, §) of a meeting. Valid only when taken at a quorate meeting: the
 * service checks that with {@link QuorumPolicy} before it is recorded.
 *
 * @param id meeting and § number
 * @param subject what it is about
 * @param outcome what was decided
 */
public record Decision(DecisionId id, String subject, String outcome) {

  /** Requires a subject and an outcome of 1 to {@link Limits#TEXT} characters (lines allowed). */
  public Decision {
    Objects.requireNonNull(id, "id");
    subject = Texts.multiline("subject", subject, Limits.TEXT);
    outcome = Texts.multiline("outcome", outcome, Limits.TEXT);
  }
}
