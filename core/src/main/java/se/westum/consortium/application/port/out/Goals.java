package se.westum.consortium.application.port.out;

import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;

/** Operational-plan goals. */
public interface Goals {

  /** The goal with this id, if stored. */
  Optional<Goal> find(GoalId id);

  /** The goals of a fiscal year ordered by id. */
  List<Goal> ofYear(Year fiscalYear);

  /** Stores the goal, replacing a stored one with the same id. */
  void save(Goal goal);

  /**
   * Stores many goals in batches, replacing by id; a record equal to the stored one is not
   * rewritten.
   *
   * @return how many were new, changed and unchanged
   */
  Saved saveAll(Collection<Goal> goals);

  /** Every goal ordered by id; the caller must close the stream. */
  Stream<Goal> stream();
}
