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

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.training.DeliveryMode;
import se.westum.consortium.domain.training.SizeClass;
import se.westum.consortium.domain.training.TrainingKind;

/**
 * Propose a training (utbildningsinsats); a training already recorded is refused ({@code
 * duplicate-id}): it moves on by approval, rejection, delivery and evaluation.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link Limits}) are the
 * records' own rules, so a value beyond one is refused with the same code here as in an import.
 *
 * @param id the training's id
 * @param project the project's acronym
 * @param title its title
 * @param kind pilot or needs-based
 * @param topics the need topics it addresses, at least one
 * @param targetSectors the sectors it is for
 * @param targetSizes the company size classes it is for
 * @param partner the partner that delivers it
 * @param mode how it is delivered
 * @param transnational whether it is offered across borders
 * @param openTo the two-letter codes of the countries it is open to
 * @param plannedOn the day it is planned for
 * @param goal the id of the operational-plan goal it serves, or {@code null} for none
 */
public record RecordTrainingCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String project,
    @NotNull String title,
    @NotNull TrainingKind kind,
    @NotEmpty
        List<@NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String>
            topics,
    @NotNull
        List<@NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String>
            targetSectors,
    @NotNull Set<@NotNull SizeClass> targetSizes,
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String partner,
    @NotNull DeliveryMode mode,
    boolean transnational,
    @NotNull
        List<
                @NotNull
                @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO country code")
                String>
            openTo,
    @NotNull LocalDate plannedOn,
    @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String goal) {

  /**
   * A training that names no goal.
   *
   * @param id the training's id
   * @param project the project's acronym
   * @param title its title
   * @param kind pilot or needs-based
   * @param topics the need topics it addresses, at least one
   * @param targetSectors the sectors it is for
   * @param targetSizes the company size classes it is for
   * @param partner the partner that delivers it
   * @param mode how it is delivered
   * @param transnational whether it is offered across borders
   * @param openTo the two-letter codes of the countries it is open to
   * @param plannedOn the day it is planned for
   */
  public RecordTrainingCommand(
      String id,
      String project,
      String title,
      TrainingKind kind,
      List<String> topics,
      List<String> targetSectors,
      Set<SizeClass> targetSizes,
      String partner,
      DeliveryMode mode,
      boolean transnational,
      List<String> openTo,
      LocalDate plannedOn) {
    this(
        id,
        project,
        title,
        kind,
        topics,
        targetSectors,
        targetSizes,
        partner,
        mode,
        transnational,
        openTo,
        plannedOn,
        null);
  }
}
