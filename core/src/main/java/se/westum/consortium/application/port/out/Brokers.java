package se.westum.consortium.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.training.BrokerId;
import se.westum.consortium.domain.training.CompetenceBroker;

/**
 * The competence brokers (kompetensmäklare) of projects. A record names a stored project; the core
 * checks its other references before saving.
 */
public interface Brokers {

  /** The record with this id, if stored. */
  Optional<CompetenceBroker> find(BrokerId id);

  /** The records of a project ordered by id. */
  List<CompetenceBroker> ofProject(ProjectId project);

  /**
   * Stores many records, replacing by id; a record equal to the stored one is not rewritten.
   *
   * @return how many were added, changed and left unchanged
   */
  Saved saveAll(Collection<CompetenceBroker> records);

  /** Every record ordered by id; the caller closes the stream. */
  Stream<CompetenceBroker> stream();
}
