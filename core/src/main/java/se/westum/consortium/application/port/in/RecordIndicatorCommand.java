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

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) an indicator of a project with its measurements.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link Limits}) are the
 * records' own rules, so a value beyond one is refused with the same code here as in an import.
 *
 * @param id the indicator's id
 * @param project the project's acronym
 * @param name what it measures
 * @param unit its unit
 * @param baseline the value at the start
 * @param target the value to reach
 * @param measurements dated achieved values
 */
public record RecordIndicatorCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String project,
    @NotNull String name,
    @NotNull String unit,
    @NotNull BigDecimal baseline,
    @NotNull BigDecimal target,
    @NotNull List<@NotNull @Valid MeasurementEntry> measurements) {

  /**
   * One measurement.
   *
   * @param date the day
   * @param value the value achieved by then
   */
  public record MeasurementEntry(@NotNull LocalDate date, @NotNull BigDecimal value) {}
}
