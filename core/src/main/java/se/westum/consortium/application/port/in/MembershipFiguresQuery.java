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
package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Set;

/**
 * Ask for the membership figures of a year.
 *
 * @param year the year
 * @param counties SCB codes of the counties whose coverage to report, for example {@code 13} and
 *     {@code 14} for Halland and Västra Götaland; empty for none
 */
public record MembershipFiguresQuery(
    @NotNull @Min(1990) @Max(2100) Integer year,
    @NotNull
        Set<@NotNull @Pattern(regexp = "\\d{2}", message = "must be a 2-digit county code") String>
            counties) {

  /** The figures of a year without region coverage. */
  public static MembershipFiguresQuery of(int year) {
    return new MembershipFiguresQuery(year, Set.of());
  }
}
