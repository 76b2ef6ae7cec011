package se.westum.consortium.domain.training;

import java.util.Objects;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;

/**
 * A competence need a project records, for example {@code social-media} "Sociala medier".
 *
 * @param id its identity in the project's vocabulary
 * @param name its display name, 1 to {@link Limits#NAME} characters
 */
public record NeedTopic(TopicId id, String name) {

  /** Requires both parts. */
  public NeedTopic {
    Objects.requireNonNull(id, "id");
    name = Texts.required("name", name, Limits.NAME);
  }
}
