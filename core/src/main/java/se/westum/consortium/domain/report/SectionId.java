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

import java.util.Locale;
import java.util.Objects;

/**
 * The stable id of a report section. It names the section in the JSON and the narrative fragment
 * written for it: {@code narrative/<lang>/<id>.md} in a dataset folder.
 *
 * <p>The fixed sections, in the seed's order: {@code fiscal-year}, {@code board}, {@code
 * positions}, {@code goals}, one {@code goal-<numeral>} per goal of the plan (for example {@code
 * goal-iii}) with a {@code project-<acronym>} per project under it (for example {@code
 * project-kobra}), {@code projects} (projects under no goal), {@code events} (events under no
 * goal), {@code figures} (the year in figures), {@code staff}, {@code findings} and {@code
 * signatures}.
 *
 * @param value lower-case letters, digits and single hyphens, 1 to 60 characters
 */
public record SectionId(String value) implements Comparable<SectionId> {

  /** The fiscal year (verksamhetsår). */
  public static final SectionId FISCAL_YEAR = new SectionId("fiscal-year");

  /** The board (styrelse): members by role and its sessions. */
  public static final SectionId BOARD = new SectionId("board");

  /** Other positions of trust (övriga förtroendeposter): nomination committee and auditors. */
  public static final SectionId POSITIONS = new SectionId("positions");

  /** The overview of the operational plan's goals (övergripande mål). */
  public static final SectionId GOALS = new SectionId("goals");

  /** Projects linked to no goal. */
  public static final SectionId PROJECTS = new SectionId("projects");

  /** Events linked to no goal. */
  public static final SectionId EVENTS = new SectionId("events");

  /** The year in figures (verksamheten i siffror). */
  public static final SectionId FIGURES = new SectionId("figures");

  /** Other information: staff changes (övrig information, personalbyte). */
  public static final SectionId STAFF = new SectionId("staff");

  /** What the rules found that year. */
  public static final SectionId FINDINGS = new SectionId("findings");

  /** The signature page: a line per board member by role. */
  public static final SectionId SIGNATURES = new SectionId("signatures");

  /** Requires the id form. */
  public SectionId {
    Objects.requireNonNull(value, "value");
    if (value.length() > 60 || !value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "a section id is lower-case letters, digits and single hyphens: " + value);
    }
  }

  /** The section of the goal numbered {@code numeral} ({@code IV} gives {@code goal-iv}). */
  public static SectionId goal(String numeral) {
    return new SectionId("goal-" + numeral.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The section of the project {@code acronym} ({@code EPLUS-2015} gives {@code
   * project-eplus-2015}).
   */
  public static SectionId project(String acronym) {
    String slug =
        acronym
            .strip()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    return new SectionId("project-" + slug);
  }

  @Override
  public int compareTo(SectionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
