package se.westum.consortium.application.port.out;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.training.Quota;
import se.westum.consortium.domain.training.Vocabulary;

/**
 * The training settings of projects: each project's vocabulary (need topics and sectors, which
 * sectors it selected) and its partner quota.
 */
public interface Vocabularies {

  /** The vocabulary of a project, if stored. */
  Optional<Vocabulary> find(ProjectId project);

  /**
   * Stores many vocabularies, each replacing the project's stored one whole; one equal to the
   * stored one is not rewritten.
   *
   * @return how many were added, changed and left unchanged
   */
  Saved saveAll(Collection<Vocabulary> vocabularies);

  /** The partner quota of a project, if one was stored (the core's default applies otherwise). */
  Optional<Quota> quota(ProjectId project);

  /** Stores the partner quota of a stored project, replacing the stored one. */
  void saveQuota(ProjectId project, Quota quota);

  /** Every vocabulary ordered by project; the caller closes the stream. */
  Stream<Vocabulary> stream();
}
