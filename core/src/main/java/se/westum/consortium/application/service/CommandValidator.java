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
package se.westum.consortium.application.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import se.westum.consortium.domain.shared.ValidationException;
import se.westum.consortium.domain.shared.ValidationException.FieldError;

/**
 * Validates commands once, at the boundary of the core, so every adapter gets the same checks. The
 * factory is built once: building it is expensive, the validator is thread-safe.
 */
final class CommandValidator {

  private static final ValidatorFactory FACTORY =
      Validation.byDefaultProvider()
          .configure()
          // no Jakarta EL on the classpath: messages use {parameters} only
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();

  /** The code of a command that is {@code null}. */
  public static final String MISSING = "missing";

  private final Validator validator = FACTORY.getValidator();

  /**
   * Checks every constraint of {@code command}.
   *
   * @throws ValidationException listing every violated field, ordered by field
   */
  <T> T validate(T command) {
    if (command == null) {
      throw ValidationException.of("command", MISSING, "a command is required");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(command);
    if (!violations.isEmpty()) {
      List<FieldError> errors =
          violations.stream()
              .map(
                  v ->
                      new FieldError(
                          fieldOf(v),
                          v.getConstraintDescriptor()
                              .getAnnotation()
                              .annotationType()
                              .getSimpleName(),
                          v.getMessage()))
              .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::code))
              .toList();
      throw new ValidationException(errors);
    }
    return command;
  }

  // "coveredMunicipalities[1].<list element>" reads better as "coveredMunicipalities[1]"
  private static String fieldOf(ConstraintViolation<?> violation) {
    return violation.getPropertyPath().toString().replace(".<list element>", "");
  }
}
