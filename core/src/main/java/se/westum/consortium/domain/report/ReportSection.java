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

/**
 * A section of the annual report, in the seed's order; its id names its narrative fragment.
 * Renderers match on the kinds (the set is closed).
 */
public sealed interface ReportSection
    permits FiscalYearSection,
        BoardSection,
        PositionsSection,
        GoalsSection,
        GoalSection,
        ProjectSection,
        ProjectsSection,
        EventsSection,
        FiguresSection,
        StaffSection,
        FindingsSection,
        SignaturesSection {

  /** The section's stable id. */
  SectionId id();

  /** Every figure of the section and its subsections, in reading order. */
  List<Figure> figures();
}
