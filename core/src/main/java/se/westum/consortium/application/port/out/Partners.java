package se.westum.consortium.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.ProjectId;

/**
 * Partners of projects. A partner names a stored project ({@link
 * se.westum.consortium.domain.shared.NotFoundException} otherwise).
 */
public interface Partners {

  /** The record with this id, if stored. */
  Optional<Partner> find(PartnerId id);

  /** The partners of a project ordered by id. */
  List<Partner> ofProject(ProjectId project);

  /** Stores the record, replacing a stored one with the same id (its parts included). */
  void save(Partner record);

  /**
   * Stores many records in batches, replacing by id; a record equal to the stored one is not
   * rewritten.
   *
   * @return how many were new, changed and unchanged
   */
  Saved saveAll(Collection<Partner> records);
}
