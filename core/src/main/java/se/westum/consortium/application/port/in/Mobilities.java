/*
 * Copyright 2026 the consortium library authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except
 * in compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License
 * is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express
 * or implied. See the License for the specific language governing permissions and limitations under
 * the License.
 */
package se.westum.consortium.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import se.westum.consortium.domain.mobility.GrantCalculation;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.mobility.TravelGrant;
import se.westum.consortium.domain.project.ProjectId;

/**
 * Erasmus+ mobility: a project's mobility grant, its mobilities, and the figures computed from the
 * unit-cost tables and the records (travel grants, the grant of one mobility, budget consumption).
 * Reached as {@code consortium.mobility()}. Mobility grants and mobilities are imported and
 * exported with their projects ({@link Projects#importDataset}).
 */
public interface Mobilities {

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
  Mobility record(RecordMobilityCommand command);

  /**
   * Records (or replaces) a mobility as {@link #record(RecordMobilityCommand)} does, after {@code
   * guard} accepted the mobility stored under the command's id (empty when there is none). The
   * guard runs inside the write's transaction, so the check and the write are one step: an adapter
   * that lets a caller replace only its own records (a member's mobilities) cannot be raced into
   * replacing another's. A concurrent first write of the same id ends as a {@link
   * se.westum.consortium.domain.shared.ConflictException} for one of the two.
   *
   * @param guard throws to refuse the write; nothing is written then
   */
  Mobility record(RecordMobilityCommand command, Consumer<Optional<Mobility>> guard);

  /** The mobility grant of a project, if it has one. */
  Optional<MobilityGrant> grant(ProjectId project);

  /** The mobilities of a project. */
  List<Mobility> mobilities(ProjectId project);

  /** A mobility. */
  Optional<Mobility> mobility(MobilityId id);

  /** The travel grant of a return trip by the call year's table. */
  TravelGrant travelGrant(TravelGrantQuery query);

  /**
   * The grant of one recorded mobility, every line shown.
   *
   * @throws se.westum.consortium.domain.shared.NotFoundException if the mobility or its project's
   *     grant is not recorded
   */
  GrantCalculation grantOf(MobilityId mobility);

  /**
   * The consumption of a project's mobility grant at a day, per category: places and budget used,
   * the gap explained, a forecast, and whether the target is reached.
   *
   * @throws se.westum.consortium.domain.shared.NotFoundException if the project has no mobility
   *     grant
   */
  BudgetConsumption budget(ProjectId project, LocalDate at);
}
