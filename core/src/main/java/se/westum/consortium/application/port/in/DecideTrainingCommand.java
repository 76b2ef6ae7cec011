package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import se.westum.consortium.application.validation.RecordIds;

/**
 * Approve or reject a proposed training by a recorded board decision.
 *
 * @param training the training's id
 * @param decision the decision, {@code MEETING§PARAGRAPH} (for example {@code B2016-07§1})
 */
public record DecideTrainingCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String training,
    @NotNull
        @Pattern(
            regexp = "[A-Za-z0-9._-]{1,40}§[0-9]{1,4}",
            message = "must be MEETING§PARAGRAPH, for example B2016-07§1")
        String decision) {}
