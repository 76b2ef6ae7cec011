package se.westum.consortium.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;

/**
 * Projects with their audits. A project names a stored programme ({@link
 * se.westum.consortium.domain.shared.NotFoundException} otherwise).
 */
public interface Projects {

  /** The record with this id, if stored. */
  Optional<Project> find(ProjectId id);

  /** Every project ordered by id, with its audits. */
  List<Project> all();

  /** Stores the record, replacing a stored one with the same id (its parts included). */
  void save(Project record);

  /**
   * Stores many records in batches, replacing by id; a record equal to the stored one is not
   * rewritten.
   *
   * @return how many were new, changed and unchanged
   */
  Saved saveAll(Collection<Project> records);
}
