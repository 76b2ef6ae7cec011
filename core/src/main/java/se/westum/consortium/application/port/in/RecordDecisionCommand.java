package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record a decision (§) of a meeting. Refused, with the quorum explanation, when the meeting was a
 * board meeting or strategy day that was not quorate.
 *
 * @param meeting the meeting's id
 * @param paragraph the § number
 * @param subject what it is about
 * @param outcome what was decided
 */
public record RecordDecisionCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String meeting,
    @NotNull @Positive @Max(Limits.COUNT) Integer paragraph,
    @NotBlank @Size(max = Limits.TEXT) String subject,
    @NotBlank @Size(max = Limits.TEXT) String outcome) {}
