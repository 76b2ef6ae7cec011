package se.westum.consortium.domain.training;

import java.util.Objects;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Texts;

/**
 * A company a broker visited, identified by its Swedish organisation number.
 *
 * @param number its organisation number, validated
 * @param name its name, 1 to {@link Limits#NAME} characters
 */
public record Company(OrganisationNumber number, String name) {

  /** Requires both parts. */
  public Company {
    Objects.requireNonNull(number, "number");
    name = Texts.required("companyName", name, Limits.NAME);
  }
}
