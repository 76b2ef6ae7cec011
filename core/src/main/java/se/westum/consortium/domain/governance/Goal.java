package se.westum.consortium.domain.governance;

import java.time.Year;
import java.util.Objects;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * An overarching goal of the operational plan (övergripande mål) of a fiscal year; events, projects
 * and report sections point to it.
 *
 * @param id its identity
 * @param fiscalYear the year of the plan
 * @param number its number in the plan, a Roman numeral such as {@code IV}
 * @param title its title
 */
public record Goal(GoalId id, Year fiscalYear, String number, String title) {

  /** A goal number that is no Roman numeral. */
  public static final String INVALID_GOAL_NUMBER = "invalid-goal-number";

  /** A title that is blank or too long. */
  public static final String INVALID_TITLE = "invalid-title";

  /** Requires a Roman numeral and a title of 1 to 300 characters. */
  public Goal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fiscalYear, "fiscalYear");
    number = Objects.requireNonNull(number, "number").strip();
    if (!number.matches("[IVXLC]{1,8}")) {
      throw ValidationException.of(
          "number", INVALID_GOAL_NUMBER, "a goal is numbered I, II, III, ...: '" + number + "'");
    }
    title = Objects.requireNonNull(title, "title").strip();
    if (title.isEmpty() || title.length() > 300) {
      throw ValidationException.of("title", INVALID_TITLE, "a title has 1 to 300 characters");
    }
  }
}
