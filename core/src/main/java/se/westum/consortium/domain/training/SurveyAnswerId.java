package se.westum.consortium.domain.training;

import se.westum.consortium.domain.shared.Identifiers;

/**
 * Identifies a survey answer, by the survey tool's own response id, for example {@code ER-1001}.
 *
 * @param value 1 to 40 letters, digits, '.', '-' or '_'
 */
public record SurveyAnswerId(String value) implements Comparable<SurveyAnswerId> {

  /** Checks the form. */
  public SurveyAnswerId {
    Identifiers.check("survey answer id", value);
  }

  @Override
  public int compareTo(SurveyAnswerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
