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
package se.westum.consortium.domain.report;

import java.util.List;
import java.util.Objects;

/**
 * The overview of the operational plan's goals (övergripande mål enligt verksamhetsplanen).
 *
 * @param goals the goals in their plan's order
 * @param count how many goals, traced to the goal records
 */
public record GoalsSection(List<Item> goals, Figure count) implements ReportSection {

  /** Copies the list; requires the count. */
  public GoalsSection {
    goals = List.copyOf(goals);
    Objects.requireNonNull(count, "count");
  }

  @Override
  public SectionId id() {
    return SectionId.GOALS;
  }

  @Override
  public List<Figure> figures() {
    return List.of(count);
  }

  /**
   * A goal in the overview.
   *
   * @param goal the goal record's id, for example {@code 2016-III}
   * @param number its Roman numeral
   * @param title its title as recorded
   * @param section the id of the goal's own section
   */
  public record Item(String goal, String number, String title, SectionId section) {
    /** Requires all parts. */
    public Item {
      Objects.requireNonNull(goal, "goal");
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(section, "section");
    }
  }
}
