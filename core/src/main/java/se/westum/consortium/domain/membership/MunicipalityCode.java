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
package se.westum.consortium.domain.membership;

import java.util.Objects;
import java.util.regex.Pattern;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.Shown;

/**
 * A municipality's code from Statistics Sweden (SCB kommunkod): four digits, the first two being
 * its county's code.
 *
 * @param value four digits, for example {@code 1496} (Skövde)
 */
public record MunicipalityCode(String value) implements Comparable<MunicipalityCode> {

  /** A municipality code that is not four digits. */
  public static final String INVALID_MUNICIPALITY_CODE = "invalid-municipality-code";

  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  /** Checks the form; whether the code exists is {@link MunicipalityRegister}'s business. */
  public MunicipalityCode {
    Objects.requireNonNull(value, "value");
    if (!FOUR_DIGITS.matcher(value).matches()) {
      throw new DomainException(
          INVALID_MUNICIPALITY_CODE, "a municipality code has four digits: " + Shown.value(value));
    }
  }

  /** The code of the county the municipality lies in. */
  public CountyCode county() {
    return new CountyCode(value.substring(0, 2));
  }

  @Override
  public int compareTo(MunicipalityCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
