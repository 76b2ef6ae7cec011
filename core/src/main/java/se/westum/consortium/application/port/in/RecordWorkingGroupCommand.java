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
import java.util.List;
import se.westum.consortium.application.validation.RecordIds;
import se.westum.consortium.domain.project.GroupKind;
import se.westum.consortium.domain.shared.Limits;

/**
 * Record (or replace) a project board or working group.
 *
 * <p>The annotations check only what the command must carry; the limits ({@link Limits}) are the
 * records' own rules, so a value beyond one is refused with the same code here as in an import.
 *
 * @param id the group's id
 * @param project the project's acronym
 * @param name its name
 * @param kind board or working group
 * @param organisations the organisations represented
 * @param meetings ids of its recorded meetings
 */
public record RecordWorkingGroupCommand(
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String id,
    @NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String project,
    @NotNull String name,
    @NotNull GroupKind kind,
    @NotNull List<@NotNull String> organisations,
    @NotNull
        List<@NotNull @Pattern(regexp = RecordIds.PATTERN, message = RecordIds.MESSAGE) String>
            meetings) {}
