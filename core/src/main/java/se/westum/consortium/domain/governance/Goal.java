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
package se.westum.consortium.domain.governance;

import java.time.Year;
import java.util.Objects;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Shown;
import se.westum.consortium.domain.shared.Texts;
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

  /** A number that is no Roman numeral. */
  public static final String INVALID_NUMBER = "invalid-goal-number";

  /** Requires a year in range, a Roman numeral and a title of 1 to {@link Limits#TITLE}. */
  public Goal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fiscalYear, "fiscalYear");
    Bounds.year("fiscalYear", fiscalYear.getValue());
    number = Objects.requireNonNull(number, "number").strip();
    if (!number.matches("[IVXLC]{1,8}")) {
      throw ValidationException.of(
          "number", INVALID_NUMBER, "a goal is numbered I, II, III, ...: " + Shown.value(number));
    }
    title = Texts.required("title", title, Limits.TITLE);
  }
}
