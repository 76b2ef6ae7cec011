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
package se.westum.consortium.domain.training;

import se.westum.consortium.domain.shared.Bounds;

/**
 * A company's size class by the EU SME headcount thresholds (Commission Recommendation
 * 2003/361/EC): micro under 10 employees, small under 50, medium under 250, large otherwise.
 */
public enum SizeClass {
  /** Fewer than 10 employees. */
  MICRO,
  /** 10 to 49 employees. */
  SMALL,
  /** 50 to 249 employees. */
  MEDIUM,
  /** 250 employees or more. */
  LARGE;

  /**
   * The size class of a company with {@code employees} employees.
   *
   * @throws se.westum.consortium.domain.shared.ValidationException with code {@link
   *     Bounds#COUNT_OUT_OF_RANGE} for a negative count
   */
  public static SizeClass of(int employees) {
    Bounds.count("employees", employees, 0);
    if (employees < 10) {
      return MICRO;
    }
    if (employees < 50) {
      return SMALL;
    }
    return employees < 250 ? MEDIUM : LARGE;
  }

  /** True for a small or medium-sized enterprise (micro, small or medium). */
  public boolean isSme() {
    return this != LARGE;
  }
}
