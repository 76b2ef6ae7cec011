package se.westum.consortium.domain.membership;

import java.util.Objects;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.Shown;

/**
 * A county's (län) code from Statistics Sweden: two digits, for example {@code 14} for Västra
 * Götaland.
 *
 * @param value two digits
 */
public record CountyCode(String value) implements Comparable<CountyCode> {

  /** A county code that is not two digits. */
  public static final String INVALID_COUNTY_CODE = "invalid-county-code";

  /** Checks the form. */
  public CountyCode {
    Objects.requireNonNull(value, "value");
    if (!value.matches("\\d{2}")) {
      throw new DomainException(
          INVALID_COUNTY_CODE, "a county code has two digits: " + Shown.value(value));
    }
  }

  @Override
  public int compareTo(CountyCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
