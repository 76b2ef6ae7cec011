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
package se.westum.consortium.application.service;

/** The value of a goal's Roman numeral, to keep the plan's order. */
final class RomanNumerals {

  private RomanNumerals() {}

  static int value(String numeral) {
    int total = 0;
    int previous = 0;
    for (int i = numeral.length() - 1; i >= 0; i--) {
      int v =
          switch (numeral.charAt(i)) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            default -> throw new IllegalArgumentException("not a Roman numeral: " + numeral);
          };
      total += v < previous ? -v : v;
      previous = Math.max(previous, v);
    }
    return total;
  }
}
