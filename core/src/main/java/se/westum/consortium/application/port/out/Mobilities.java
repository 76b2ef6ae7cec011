package se.westum.consortium.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.project.ProjectId;

/** Mobilities. A mobility names a stored project. */
public interface Mobilities {

  /** The record with this id, if stored. */
  Optional<Mobility> find(MobilityId id);

  /** The mobilities of a project ordered by start and id. */
  List<Mobility> ofProject(ProjectId project);

  /** Stores the record, replacing a stored one with the same id (its parts included). */
  void save(Mobility record);

  /**
   * Stores many records in batches, replacing by id; a record equal to the stored one is not
   * rewritten.
   *
   * @return how many were new, changed and unchanged
   */
  Saved saveAll(Collection<Mobility> records);
}
