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

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) an operational-plan goal.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link Limits}) are the
 * records' own rules, so a value beyond one is refused with the same code here as in an import.
 *
 * @param id the goal's id, for example {@code 2016-I}
 * @param fiscalYear the plan's year
 * @param number its Roman numeral, for example {@code I}
 * @param title its title
 */
public record RecordGoalCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotNull Integer fiscalYear,
    @NotNull @Pattern(regexp = "[IVXLC]{1,8}", message = "must be a Roman numeral") String number,
    @NotNull String title) {}
