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
package se.westum.consortium.domain.shared.internal;

/** The Luhn (mod 10) check used by Swedish organisation and identity numbers. */
public final class Luhn {

  private Luhn() {}

  /** True when the last digit of {@code digits} is the Luhn check digit of the others. */
  public static boolean isValid(String digits) {
    return digits.length() > 1
        && checkDigit(digits.substring(0, digits.length() - 1))
            == digits.charAt(digits.length() - 1) - '0';
  }

  /** The Luhn check digit to append to {@code payload} (digits only). */
  public static int checkDigit(String payload) {
    int sum = 0;
    // from the right of the payload, every other digit starting with the last is doubled
    for (int i = payload.length() - 1, doubled = 1; i >= 0; i--, doubled ^= 1) {
      int d = payload.charAt(i) - '0';
      if (d < 0 || d > 9) {
        throw new IllegalArgumentException("not a digit at position " + (i + 1));
      }
      int v = d << doubled;
      sum += v > 9 ? v - 9 : v;
    }
    return (10 - sum % 10) % 10;
  }
}
