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

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks one or more rules; lists every violated field, not only the first. */
public final class ValidationException extends DomainException {

  /** The code of every validation failure; each field error carries its own code. */
  public static final String CODE = "validation-failed";

  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  /**
   * Creates a validation failure.
   *
   * @param errors every violated field, at least one
   */
  public ValidationException(List<FieldError> errors) {
    super(CODE, describe(errors));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  /** A failure of one field. */
  public static ValidationException of(String field, String code, String message) {
    return new ValidationException(List.of(new FieldError(field, code, message)));
  }

  /** Every violated field, in a stable order. */
  public List<FieldError> errors() {
    return errors;
  }

  private static String describe(List<FieldError> errors) {
    return errors.stream()
        .map(e -> e.field() + ": " + e.message())
        .collect(Collectors.joining("; ", "invalid input: ", ""));
  }

  /**
   * One violated field.
   *
   * @param field the field's name or path, for example {@code coveredMunicipalities[1]}
   * @param code stable code of the broken rule
   * @param message human explanation
   */
  public record FieldError(String field, String code, String message) {}
}
