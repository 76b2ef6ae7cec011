package se.westum.consortium.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.westum.consortium.domain.project.ActivityId;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.ProjectId;

/** Main activities (work packages) of projects. An activity names a stored project and partner. */
public interface Activities {

  /** The record with this id, if stored. */
  Optional<MainActivity> find(ActivityId id);

  /** The main activities of a project ordered by id. */
  List<MainActivity> ofProject(ProjectId project);

  /** Stores the record, replacing a stored one with the same id (its parts included). */
  void save(MainActivity record);

  /**
   * Stores many records in batches, replacing by id; a record equal to the stored one is not
   * rewritten.
   *
   * @return how many were new, changed and unchanged
   */
  Saved saveAll(Collection<MainActivity> records);
}
