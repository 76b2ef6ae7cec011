package se.westum.consortium.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.shared.NotFoundException;

/** Decisions (§) of meetings, identified by meeting and § number. */
public interface Decisions {

  /** The decision with this id, if stored. */
  Optional<Decision> find(DecisionId id);

  /** The decisions of a meeting ordered by § number. */
  List<Decision> ofMeeting(MeetingId meeting);

  /**
   * Stores the decision, replacing a stored one with the same id.
   *
   * @throws NotFoundException if its meeting is not stored
   */
  void save(Decision decision);

  /**
   * Stores many decisions in batches, replacing by id; a record equal to the stored one is not
   * rewritten.
   *
   * @return how many were new, changed and unchanged
   */
  Saved saveAll(Collection<Decision> decisions);

  /** Every decision ordered by meeting and § number; the caller must close the stream. */
  Stream<Decision> stream();
}
