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
