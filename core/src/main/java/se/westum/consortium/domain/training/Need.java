package se.westum.consortium.domain.training;

import java.util.Objects;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * A competence need found at a company: a topic and how pressing it is.
 *
 * @param topic the need topic
 * @param priority 1 (high) to 3 (low)
 */
public record Need(TopicId topic, int priority) {

  /** A priority outside 1 to 3. */
  public static final String INVALID_PRIORITY = "invalid-priority";

  /** The highest priority. */
  public static final int HIGH = 1;

  /** The lowest priority. */
  public static final int LOW = 3;

  /** Requires a topic and a priority of 1 to 3. */
  public Need {
    Objects.requireNonNull(topic, "topic");
    if (priority < HIGH || priority > LOW) {
      throw ValidationException.of(
          "priority",
          INVALID_PRIORITY,
          "a priority is 1 (high) to 3 (low), not " + priority + " (topic " + topic + ")");
    }
  }
}
