package se.westum.consortium.application.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record a decision (§) of a meeting. Refused, with the quorum explanation, when the meeting was a
 * board meeting or strategy day that was not quorate.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link Limits}) are the
 * records' own rules, so a value beyond one is refused with the same code here as in an import.
 *
 * @param meeting the meeting's id
 * @param paragraph the § number
 * @param subject what it is about
 * @param outcome what was decided
 */
public record RecordDecisionCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String meeting,
    @NotNull Integer paragraph,
    @NotNull String subject,
    @NotNull String outcome) {}
