package se.westum.consortium.application.port.in;

import java.util.stream.Stream;
import se.westum.consortium.domain.governance.BoardTerm;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.Event;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.Meeting;

/**
 * The governance records as a whole, for import and export. Each method opens a fresh stream that
 * the caller must close. Staff are not part of it: they name projects, so they are imported with
 * the projects.
 */
public interface GovernanceDataset extends Dataset {

  /** Board terms with seats and positions. */
  Stream<BoardTerm> boardTerms();

  /** Meetings with attendance. */
  Stream<Meeting> meetings();

  /** Decisions. */
  Stream<Decision> decisions();

  /** Goals. */
  Stream<Goal> goals();

  /** Events with participation. */
  Stream<Event> events();
}
