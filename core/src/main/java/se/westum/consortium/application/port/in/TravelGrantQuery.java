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
