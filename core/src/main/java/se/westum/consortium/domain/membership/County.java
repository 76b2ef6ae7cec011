package se.westum.consortium.domain.membership;

import java.util.Objects;

/**
 * A Swedish county (län).
 *
 * @param code SCB county code
 * @param name full name, for example {@code Västra Götalands län}
 * @param shortName short name, for example {@code Västra Götaland}
 */
public record County(CountyCode code, String name, String shortName) {

  /** Requires every part. */
  public County {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
  }
}
