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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One goal of the operational plan with what is linked to it: the projects (each in full, as a
 * subsection), the trainings, the events with their participants and the board's decisions.
 *
 * @param goal the goal record's id, for example {@code 2016-I}
 * @param number its Roman numeral
 * @param title its title as recorded
 * @param projects the projects linked to it, each a subsection; a project linked to several goals
 *     appears in full under the first and in {@code alsoProjects} of the others
 * @param alsoProjects acronyms of projects shown in full under an earlier goal and linked here too
 * @param trainings the ids of the trainings linked to it (shown in their project's section)
 * @param events the events linked to it, with participants
 * @param decisions the board's decisions linked to it
 */
public record GoalSection(
    String goal,
    String number,
    String title,
    List<ProjectSection> projects,
    List<String> alsoProjects,
    List<String> trainings,
    List<EventsSection.Event> events,
    List<DecisionItem> decisions)
    implements ReportSection {

  /** Requires the goal; copies the lists. */
  public GoalSection {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(title, "title");
    projects = List.copyOf(projects);
    alsoProjects = List.copyOf(alsoProjects);
    trainings = List.copyOf(trainings);
    events = List.copyOf(events);
    decisions = List.copyOf(decisions);
  }

  @Override
  public SectionId id() {
    return SectionId.goal(number);
  }

  @Override
  public List<Figure> figures() {
    List<Figure> all = new ArrayList<>();
    projects.forEach(p -> all.addAll(p.figures()));
    events.forEach(e -> all.addAll(e.figures()));
    return List.copyOf(all);
  }

  /**
   * A decision of the board, as recorded.
   *
   * @param decision its id, {@code <meeting>§<paragraph>}
   * @param meeting the meeting's id
   * @param date the meeting's first day
   * @param subject what it was about
   * @param outcome what was decided
   */
  public record DecisionItem(
      String decision, String meeting, java.time.LocalDate date, String subject, String outcome) {
    /** Requires all parts. */
    public DecisionItem {
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(meeting, "meeting");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(outcome, "outcome");
    }
  }
}
