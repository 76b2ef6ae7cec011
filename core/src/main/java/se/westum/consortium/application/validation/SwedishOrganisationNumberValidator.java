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
package se.westum.consortium.application.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.westum.consortium.domain.shared.OrganisationNumber;

/** Checks {@link SwedishOrganisationNumber} with the domain's own rule, so both agree. */
public final class SwedishOrganisationNumberValidator
    implements ConstraintValidator<SwedishOrganisationNumber, String> {

  /** Created by the validation provider. */
  public SwedishOrganisationNumberValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || OrganisationNumber.isValid(value);
  }
}
