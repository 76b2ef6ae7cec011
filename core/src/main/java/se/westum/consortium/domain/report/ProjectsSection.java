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
