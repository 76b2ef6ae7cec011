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

/**
 * A create-only write finds no record stored under its id: it records a new record or nothing, and
 * never replaces one (HTTP's {@code If-None-Match: *} on a {@code PUT}). The record use cases judge
 * it in the write's transaction, so a second create of the same id, at once or later, is refused.
 */
public final class CreateOnlyPolicy {

  /** The rule's stable name. */
  public static final String RULE = "create-only";

  /** The code of a create-only write refused because the record is stored already. */
  public static final String CODE = "already-recorded";

  /**
   * Judges a create-only write of a record.
   *
   * @param kind the kind of record, for example {@code programme}
   * @param id its id
   * @param stored whether a record is stored under the id
   * @return the verdict, for example "programme 'ERASMUS-KA1' is already recorded: a create-only
   *     write does not replace it"
   */
  public Finding assess(String kind, String id, boolean stored) {
    return stored
        ? Finding.violated(
            RULE,
            kind
                + " "
                + Shown.value(id)
                + " is already recorded: a create-only write does not"
                + " replace it")
        : Finding.satisfied(RULE, kind + " " + Shown.value(id) + " is not recorded yet");
  }

  /**
   * Refuses the write when the verdict is violated.
   *
   * @throws ConflictException with code {@value #CODE} and the verdict's reason
   */
  public void require(String kind, String id, boolean stored) {
    Finding finding = assess(kind, id, stored);
    if (!finding.satisfied()) {
      throw new ConflictException(CODE, finding.reason());
    }
  }
}
