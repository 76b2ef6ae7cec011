package se.westum.consortium.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.EventId;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.NotFoundException;

/** Events with their participation. */
public interface Events {

  /** The event with this id, if stored. */
  Optional<Event> find(EventId id);

  /** Events that share a day with {@code period}, ordered by first day and id. */
  List<Event> overlapping(DateRange period);

  /**
   * Stores the event, replacing a stored one with the same id (participation included).
   *
   * @throws NotFoundException if it names a goal that is not stored
   */
  void save(Event event);

  /**
   * Stores many events in batches, replacing by id; a record equal to the stored one is not
   * rewritten.
   *
   * @return how many were new, changed and unchanged
   */
  Saved saveAll(Collection<Event> events);

  /** Every event ordered by first day and id; the caller must close the stream. */
  Stream<Event> stream();
}
