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

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.governance.MeetingKind;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) a meeting with its attendance.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link Limits}) are the
 * records' own rules, so a value beyond one is refused with the same code here as in an import.
 *
 * @param id the meeting's id
 * @param kind what kind of meeting
 * @param start its (first) day
 * @param end its last day; {@code null} for a one-day meeting
 * @param place where it was held
 * @param present pseudonymous references of the people present
 */
public record RecordMeetingCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotNull MeetingKind kind,
    @NotNull LocalDate start,
    LocalDate end,
    @NotNull String place,
    @NotNull
        List<@NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String>
            present) {}
