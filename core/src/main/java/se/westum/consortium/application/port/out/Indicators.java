package se.westum.consortium.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.project.ProjectId;

/** Indicators of projects with their measurements. An indicator names a stored project. */
public interface Indicators {

  /** The record with this id, if stored. */
  Optional<Indicator> find(IndicatorId id);

  /** The indicators of a project ordered by id, with their measurements. */
  List<Indicator> ofProject(ProjectId project);

  /** Stores the record, replacing a stored one with the same id (its parts included). */
  void save(Indicator record);

  /**
   * Stores many records in batches, replacing by id; a record equal to the stored one is not
   * rewritten.
   *
   * @return how many were new, changed and unchanged
   */
  Saved saveAll(Collection<Indicator> records);
}
