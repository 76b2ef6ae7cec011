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

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record that an approved training was delivered, with its participants.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link Limits}) are the
 * records' own rules, so a value beyond one is refused with the same code here as in an import.
 *
 * @param training the training's id
 * @param deliveredOn the day it was delivered
 * @param participants the participants by organisation and country, at least one line
 */
public record DeliverTrainingCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String training,
    @NotNull LocalDate deliveredOn,
    @NotEmpty @Valid List<@NotNull ParticipantsCommand> participants) {

  /**
   * The participants from one organisation.
   *
   * @param organisation the organisation's name
   * @param country its two-letter country code
   * @param count how many took part, at least one
   */
  public record ParticipantsCommand(
      @NotNull String organisation,
      @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO country code")
          String country,
      @Min(1) int count) {}
}
