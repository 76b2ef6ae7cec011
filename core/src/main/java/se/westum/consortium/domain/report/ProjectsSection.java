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

/**
 * The projects linked to no goal of the plan (empty when every project is under a goal).
 *
 * @param projects the projects, each in full
 */
public record ProjectsSection(List<ProjectSection> projects) implements ReportSection {

  /** Copies the list. */
  public ProjectsSection {
    projects = List.copyOf(projects);
  }

  @Override
  public SectionId id() {
    return SectionId.PROJECTS;
  }

  @Override
  public List<Figure> figures() {
    List<Figure> all = new ArrayList<>();
    projects.forEach(p -> all.addAll(p.figures()));
    return List.copyOf(all);
  }
}
