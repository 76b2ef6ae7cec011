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

import java.util.Objects;
import se.westum.consortium.domain.shared.internal.Luhn;

/**
 * A Swedish organisation number (organisationsnummer): ten digits, written {@code NNNNNN-NNNN}. The
 * last digit is a Luhn check digit over the first nine, and digits three and four are at least 20
 * (which is what tells it from a personal identity number). Public bodies such as municipalities
 * start with 2.
 *
 * @param value the normalised form {@code NNNNNN-NNNN}
 */
public record OrganisationNumber(String value) implements Comparable<OrganisationNumber> {

  /** A text that is no valid Swedish organisation number. */
  public static final String INVALID = "invalid-organisation-number";

  /** Validates and normalises; accepts the number with or without the hyphen. */
  public OrganisationNumber {
    Objects.requireNonNull(value, "value");
    String digits = digitsOf(value);
    String problem = problemWith(digits);
    if (problem != null) {
      throw new DomainException(INVALID, problem);
    }
    value = digits.substring(0, 6) + "-" + digits.substring(6);
  }

  /**
   * Parses a Swedish organisation number.
   *
   * @throws DomainException with code {@code invalid-organisation-number} saying what is wrong
   */
  public static OrganisationNumber parse(String text) {
    return new OrganisationNumber(text);
  }

  /** True when {@code text} is a valid Swedish organisation number. */
  public static boolean isValid(String text) {
    return text != null && problemWith(digitsOf(text)) == null;
  }

  /** The ten digits without the hyphen. */
  public String digits() {
    return value.replace("-", "");
  }

  @Override
  public int compareTo(OrganisationNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }

  private static String digitsOf(String text) {
    String trimmed = text.strip();
    if (trimmed.length() == 11 && trimmed.charAt(6) == '-') {
      return trimmed.substring(0, 6) + trimmed.substring(7);
    }
    return trimmed;
  }

  // \d{10} without a regex: imports check hundreds of thousands of numbers
  private static boolean tenDigits(String digits) {
    if (digits.length() != 10) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String problemWith(String digits) {
    if (!tenDigits(digits)) {
      return "an organisation number has ten digits, optionally written NNNNNN-NNNN";
    }
    if (Integer.parseInt(digits.substring(2, 4)) < 20) {
      return "digits 3-4 of an organisation number are at least 20 (this looks like a personal"
          + " identity number)";
    }
    if (!Luhn.isValid(digits)) {
      return "the check digit of organisation number " + digits + " is wrong";
    }
    return null;
  }
}
