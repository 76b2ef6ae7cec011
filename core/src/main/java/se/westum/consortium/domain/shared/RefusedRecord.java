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
import java.util.Optional;

/**
 * One record an import refused, with the rule it broke: the same code and message the record use
 * case gives for the same record.
 *
 * @param kind the record kind, for example {@code mobility}
 * @param ordinal the record's 1-based position among the dataset's records of its kind
 * @param id the record's id, for example {@code M-0042} (never personal data)
 * @param field the field that breaks the rule (a record component, possibly with a path such as
 *     {@code seats[2].person}), or empty when the record as a whole does
 * @param code the broken rule's stable code
 * @param message the explanation
 * @param location where the source holds it, when the source can tell
 */
public record RefusedRecord(
    String kind,
    long ordinal,
    String id,
    String field,
    String code,
    String message,
    Optional<SourceLocation> location) {

  /** Requires every part. */
  public RefusedRecord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
  }

  /** This refusal, placed in its source. */
  public RefusedRecord at(SourceLocation where) {
    return new RefusedRecord(kind, ordinal, id, field, code, message, Optional.of(where));
  }

  @Override
  public String toString() {
    return location.map(where -> where + ": ").orElse(kind + " " + id + ": ")
        + message
        + " ["
        + code
        + "]";
  }
}
