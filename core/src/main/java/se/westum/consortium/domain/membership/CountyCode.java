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
