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

/**
 * Ask for the travel grant of a return trip.
 *
 * @param callYear the call year whose table applies
 * @param from where the trip starts, {@code LAT,LON}
 * @param to where it goes, {@code LAT,LON}
 * @param green true for sustainable travel
 */
public record TravelGrantQuery(
    @NotNull @Min(2014) @Max(2100) Integer callYear,
    @NotNull
        @Pattern(
            regexp = RecordMobilityCommand.COORDINATES,
            message = "must be LAT,LON in decimal degrees")
        String from,
    @NotNull
        @Pattern(
            regexp = RecordMobilityCommand.COORDINATES,
            message = "must be LAT,LON in decimal degrees")
        String to,
    boolean green) {}
