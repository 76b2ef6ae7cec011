package se.westum.consortium.domain.membership;

import java.util.Objects;

/**
 * A Swedish municipality (kommun).
 *
 * @param code SCB municipality code
 * @param name short name, for example {@code Skövde}
 */
public record Municipality(MunicipalityCode code, String name) {

  /** Requires every part. */
  public Municipality {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }

  /** The county the municipality lies in. */
  public CountyCode county() {
    return code.county();
  }
}
