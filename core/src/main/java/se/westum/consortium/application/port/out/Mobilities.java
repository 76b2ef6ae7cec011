package se.westum.consortium.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.project.ProjectId;

/** Mobilities. A mobility names a stored project. */
public interface Mobilities {

  /** The record with this id, if stored. */
  Optional<Mobility> find(MobilityId id);

  /** The mobilities of a project ordered by start and id. */
  List<Mobility> ofProject(ProjectId project);

  /**
   * Hands each mobility of a project to {@code action}, in no particular order, without holding
   * them all: what a figure over many mobilities folds (the budget's consumption). A storage over a
   * database streams the rows; this default reads {@link #ofProject}.
   */
  default void forEachOfProject(ProjectId project, Consumer<Mobility> action) {
    ofProject(project).forEach(action);
  }

  /** Stores the record, replacing a stored one with the same id (its parts included). */
  void save(Mobility record);

  /** Stores many records in batches, replacing by id. */
  void saveAll(Collection<Mobility> records);
}
