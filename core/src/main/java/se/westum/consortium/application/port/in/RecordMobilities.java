package se.westum.consortium.application.port.in;

import java.util.Optional;
import java.util.function.Consumer;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;

/** Use cases: record the mobility grant of a project and its mobilities. */
public interface RecordMobilities {

  /**
   * Records (or replaces) a project's mobility grant.
   *
   * @throws se.westum.consortium.domain.shared.NotFoundException if the project is not recorded
   */
  MobilityGrant recordGrant(RecordMobilityGrantCommand command);

  /**
   * Records (or replaces) a mobility. Its grant must be computable: the project has a mobility
   * grant with places for the category and a daily rate for the receiving country's group.
   *
   * @throws se.westum.consortium.domain.shared.NotFoundException if the project or its grant is not
   *     recorded
   */
  Mobility recordMobility(RecordMobilityCommand command);

  /**
   * Records (or replaces) a mobility as {@link #recordMobility(RecordMobilityCommand)} does, after
   * {@code guard} accepted the mobility stored under the command's id (empty when there is none).
   * The guard runs inside the write's transaction, so the check and the write are one step: an
   * adapter that lets a caller replace only its own records (a member's mobilities) cannot be raced
   * into replacing another's. A concurrent first write of the same id ends as a {@link
   * se.westum.consortium.domain.shared.ConflictException} for one of the two.
   *
   * @param guard throws to refuse the write; nothing is written then
   */
  Mobility recordMobility(RecordMobilityCommand command, Consumer<Optional<Mobility>> guard);
}
