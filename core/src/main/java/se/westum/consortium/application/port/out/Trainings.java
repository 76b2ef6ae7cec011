package se.westum.consortium.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.training.Training;
import se.westum.consortium.domain.training.TrainingId;

/**
 * The trainings (utbildningsinsatser) of projects, in their states. A record names a stored
 * project; the core checks its other references before saving.
 */
public interface Trainings {

  /** The record with this id, if stored. */
  Optional<Training> find(TrainingId id);

  /** The records of a project ordered by id. */
  List<Training> ofProject(ProjectId project);

  /**
   * Stores many records, replacing by id; a record equal to the stored one is not rewritten.
   *
   * @return how many were added, changed and left unchanged
   */
  Saved saveAll(Collection<Training> records);

  /** Every record ordered by id; the caller closes the stream. */
  Stream<Training> stream();
}
