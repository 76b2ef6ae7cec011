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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.governance.BoardRole;
import se.westum.consortium.domain.governance.PositionKind;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) a board term with its seats, nomination committee and auditors.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link Limits}) are the
 * records' own rules, so a value beyond one is refused with the same code here as in an import.
 *
 * @param id the term's id, for example {@code 2016}
 * @param start its first day
 * @param end its last day
 * @param seats the board: exactly one chair, a treasurer, one seat per person
 * @param positions nomination committee and auditors (may be empty)
 */
public record RecordBoardTermCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotNull LocalDate start,
    @NotNull LocalDate end,
    @NotEmpty List<@NotNull @Valid Seat> seats,
    @NotNull List<@NotNull @Valid PositionHolder> positions) {

  /**
   * One seat.
   *
   * @param person pseudonymous person reference
   * @param name the person's name
   * @param role the role
   */
  public record Seat(
      @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String person,
      @NotNull String name,
      @NotNull BoardRole role) {}

  /**
   * One position of trust.
   *
   * @param kind nomination committee or auditor
   * @param person pseudonymous person reference
   * @param name the person's name
   */
  public record PositionHolder(
      @NotNull PositionKind kind,
      @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String person,
      @NotNull String name) {}
}
