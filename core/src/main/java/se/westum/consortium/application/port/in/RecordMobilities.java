package se.westum.consortium.application.port.in;

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
}
