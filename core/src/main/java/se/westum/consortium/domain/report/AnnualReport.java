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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The annual activity report (verksamhetsberättelse) of a fiscal year, as a model: the sections in
 * the seed's order, every figure with its trace, the findings, and the narrative given for it. No
 * formatting here; a {@code ReportRenderer} writes it as Markdown, HTML, PDF or JSON.
 *
 * @param year the fiscal year it is named by
 * @param fiscalYear the fiscal year's days
 * @param board the board and its sessions
 * @param positions the nomination committee and the auditors
 * @param goals the overview of the plan's goals
 * @param goalSections one section per goal, in the plan's order, each with its projects, trainings,
 *     events and decisions
 * @param otherProjects the projects under no goal
 * @param otherEvents the events under no goal
 * @param figures the year in figures
 * @param staff the staff changes
 * @param findings what the rules found
 * @param signatures the signature page
 * @param narrative the narrative fragments given, checked against the figures (a contradiction is a
 *     finding)
 */
public record AnnualReport(
    int year,
    FiscalYearSection fiscalYear,
    BoardSection board,
    PositionsSection positions,
    GoalsSection goals,
    List<GoalSection> goalSections,
    ProjectsSection otherProjects,
    EventsSection otherEvents,
    FiguresSection figures,
    StaffSection staff,
    FindingsSection findings,
    SignaturesSection signatures,
    Narrative narrative) {

  /** Requires every section; a key names one figure value throughout the report. */
  public AnnualReport {
    Objects.requireNonNull(fiscalYear, "fiscalYear");
    Objects.requireNonNull(board, "board");
    Objects.requireNonNull(positions, "positions");
    Objects.requireNonNull(goals, "goals");
    goalSections = List.copyOf(goalSections);
    Objects.requireNonNull(otherProjects, "otherProjects");
    Objects.requireNonNull(otherEvents, "otherEvents");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(staff, "staff");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(signatures, "signatures");
    Objects.requireNonNull(narrative, "narrative");
    if (fiscalYear.year() != year) {
      throw new IllegalArgumentException(
          "the fiscal-year section is of " + fiscalYear.year() + ", the report of " + year);
    }
    Map<String, Figure> seen = new LinkedHashMap<>();
    for (ReportSection section :
        sectionsOf(
            fiscalYear,
            board,
            positions,
            goals,
            goalSections,
            otherProjects,
            otherEvents,
            figures,
            staff,
            findings,
            signatures)) {
      for (Figure figure : section.figures()) {
        Figure earlier = seen.putIfAbsent(figure.key(), figure);
        if (earlier != null && !earlier.equals(figure)) {
          throw new IllegalArgumentException("two different figures have the key " + figure.key());
        }
      }
    }
  }

  /** The top-level sections in reading order (a goal's projects are inside its section). */
  public List<ReportSection> sections() {
    return sectionsOf(
        fiscalYear,
        board,
        positions,
        goals,
        goalSections,
        otherProjects,
        otherEvents,
        figures,
        staff,
        findings,
        signatures);
  }

  /** Every figure once, by key, in reading order: what the JSON lists. */
  public List<Figure> allFigures() {
    Map<String, Figure> byKey = new LinkedHashMap<>();
    for (ReportSection section : sections()) {
      section.figures().forEach(f -> byKey.putIfAbsent(f.key(), f));
    }
    return List.copyOf(byKey.values());
  }

  /** The figure of a key. */
  public Optional<Figure> figure(String key) {
    return allFigures().stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /** Every project section, wherever it is placed. */
  public List<ProjectSection> projects() {
    List<ProjectSection> all = new ArrayList<>();
    goalSections.forEach(g -> all.addAll(g.projects()));
    all.addAll(otherProjects.projects());
    return List.copyOf(all);
  }

  /** Every event, wherever it is placed, in date order. */
  public List<EventsSection.Event> events() {
    List<EventsSection.Event> all = new ArrayList<>();
    goalSections.forEach(g -> all.addAll(g.events()));
    all.addAll(otherEvents.events());
    all.sort(java.util.Comparator.comparing(EventsSection.Event::start));
    return List.copyOf(all);
  }

  /** The narrative fragment of a section in a language. */
  public Optional<NarrativeFragment> narrative(SectionId section, ReportLanguage language) {
    return narrative.of(section, language);
  }

  private static List<ReportSection> sectionsOf(
      FiscalYearSection fiscalYear,
      BoardSection board,
      PositionsSection positions,
      GoalsSection goals,
      List<GoalSection> goalSections,
      ProjectsSection otherProjects,
      EventsSection otherEvents,
      FiguresSection figures,
      StaffSection staff,
      FindingsSection findings,
      SignaturesSection signatures) {
    List<ReportSection> all = new ArrayList<>(List.of(fiscalYear, board, positions, goals));
    all.addAll(goalSections);
    all.addAll(List.of(otherProjects, otherEvents, figures, staff, findings, signatures));
    return List.copyOf(all);
  }
}
