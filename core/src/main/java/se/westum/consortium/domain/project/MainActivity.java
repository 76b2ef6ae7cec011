package se.westum.consortium.domain.project;

import java.util.Objects;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;

/**
 * A main activity (work package) of a project with its responsible partner (seed: competence
 * brokers, analysis, needs-based training).
 *
 * @param id its identity
 * @param project the project
 * @param name its name
 * @param responsible the partner responsible for it
 */
public record MainActivity(ActivityId id, ProjectId project, String name, PartnerId responsible) {

  /** Requires every part. */
  public MainActivity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(responsible, "responsible");
    name = Texts.required("name", name, Limits.NAME);
  }
}
