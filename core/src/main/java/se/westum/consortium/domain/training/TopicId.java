package se.westum.consortium.domain.training;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies a need topic in a project's vocabulary, for example {@code social-media}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record TopicId(String value) implements Comparable<TopicId> {

  /** Checks the form. */
  public TopicId {
    Identifiers.check("need topic", value);
  }

  @Override
  public int compareTo(TopicId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
