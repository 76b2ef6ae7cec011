package se.westum.consortium.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.westum.consortium.domain.governance.Meeting;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.shared.DateRange;

/** Meetings with their attendance. */
public interface Meetings {

  /** The meeting with this id, if stored. */
  Optional<Meeting> find(MeetingId id);

  /** Meetings whose first day lies in {@code period}, ordered by first day and id. */
  List<Meeting> startingIn(DateRange period);

  /** Stores the meeting, replacing a stored one with the same id (attendance included). */
  void save(Meeting meeting);

  /**
   * Stores many meetings in batches, replacing by id; a record equal to the stored one is not
   * rewritten.
   *
   * @return how many were new, changed and unchanged
   */
  Saved saveAll(Collection<Meeting> meetings);

  /** Every meeting ordered by first day and id; the caller must close the stream. */
  Stream<Meeting> stream();
}
