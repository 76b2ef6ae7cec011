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

import java.util.Locale;
import java.util.Objects;

/**
 * The national identity of an organisation in its own country's register, validated where the
 * country's rule is known: Swedish organisationsnummer (Luhn), Norwegian organisasjonsnummer (mod
 * 11, weights 3,2,7,6,5,4,3,2) and Danish CVR number (mod 11, weights 2,7,6,5,4,3,2,1). Other
 * countries' ids are kept as free text.
 *
 * @param country ISO 3166-1 alpha-2 country code, upper case
 * @param value the id as normalised for the country
 */
public record NationalId(String country, String value) {

  private static final int[] NORWEGIAN_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
  private static final int[] DANISH_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

  /** A country that is not a two-letter ISO code. */
  public static final String INVALID_COUNTRY = "invalid-country";

  /** A national id that breaks its country's rule. */
  public static final String INVALID_NATIONAL_ID = "invalid-national-id";

  /**
   * Validates the id by its country's rule.
   *
   * @throws ValidationException with code {@link #INVALID_COUNTRY} (field {@code country}) or
   *     {@link #INVALID_NATIONAL_ID} (field {@code nationalId}), naming the rule
   */
  public NationalId {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(value, "value");
    country = country.strip().toUpperCase(Locale.ROOT);
    if (!country.matches("[A-Z]{2}")) {
      throw ValidationException.of(
          "country",
          INVALID_COUNTRY,
          "a country is a two-letter ISO code: " + Shown.value(country));
    }
    value =
        switch (country) {
          case "SE" -> swedish(value);
          case "NO" -> norwegian(value);
          case "DK" -> danish(value);
          default -> freeText(value);
        };
  }

  /** True when {@code value} is a valid Norwegian organisasjonsnummer (nine digits, mod 11). */
  public static boolean isValidNorwegian(String value) {
    String digits = value.replace(" ", "");
    return digits.matches("\\d{9}") && mod11Holds(digits, NORWEGIAN_WEIGHTS, true);
  }

  /** True when {@code value} is a valid Danish CVR number (eight digits, mod 11). */
  public static boolean isValidDanish(String value) {
    String digits = value.replace(" ", "");
    return digits.matches("\\d{8}") && mod11Holds(digits, DANISH_WEIGHTS, false);
  }

  private static String swedish(String value) {
    if (!OrganisationNumber.isValid(value)) {
      throw invalid(
          value,
          "a Swedish organisationsnummer is NNNNNN-NNNN with a Luhn check digit and digits 3–4"
              + " at least 20");
    }
    return OrganisationNumber.parse(value).value();
  }

  private static String norwegian(String value) {
    if (!isValidNorwegian(value)) {
      throw invalid(
          value,
          "a Norwegian organisasjonsnummer is 9 digits with a mod 11 check digit (weights"
              + " 3,2,7,6,5,4,3,2)");
    }
    return value.replace(" ", "");
  }

  private static String danish(String value) {
    if (!isValidDanish(value)) {
      throw invalid(
          value,
          "a Danish CVR number is 8 digits whose weighted sum (weights 2,7,6,5,4,3,2,1) is"
              + " divisible by 11");
    }
    return value.replace(" ", "");
  }

  private static String freeText(String value) {
    try {
      return Texts.required("nationalId", value, Limits.ID);
    } catch (ValidationException e) {
      throw invalid(
          value,
          "a national id of another country has 1 to "
              + Limits.ID
              + " characters and no control characters");
    }
  }

  private static ValidationException invalid(String value, String rule) {
    return ValidationException.of(
        "nationalId",
        INVALID_NATIONAL_ID,
        Shown.value(value) + " is not a valid national id: " + rule);
  }

  /**
   * Norway: the last digit is a check digit, 11 - (weighted sum mod 11), where a result of 11 means
   * 0 and 10 is impossible. Denmark: the weighted sum over all eight digits is divisible by 11.
   */
  private static boolean mod11Holds(String digits, int[] weights, boolean lastIsCheckDigit) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    if (!lastIsCheckDigit) {
      return sum % 11 == 0;
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(digits.length() - 1) - '0';
  }
}
