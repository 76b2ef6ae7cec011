package se.westum.consortium.domain.training;

import java.util.Objects;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;

/**
 * A sector (bransch) of a project's vocabulary, for example {@code visitor-industry}
 * "Besöksnäring"; the project's trainings target the sectors it has selected.
 *
 * @param id its identity in the project's vocabulary
 * @param name its display name, 1 to {@link Limits#NAME} characters
 * @param selected true for a sector the project has chosen to work in
 */
public record Sector(SectorId id, String name, boolean selected) {

  /** Requires every part. */
  public Sector {
    Objects.requireNonNull(id, "id");
    name = Texts.required("name", name, Limits.NAME);
  }
}
