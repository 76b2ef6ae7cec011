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
package se.westum.consortium.domain.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Texts;

/**
 * A project board or working group, with the organisations it draws on and its meetings (recorded
 * as governance meetings).
 *
 * @param id its identity
 * @param project the project
 * @param name its name, for example "Transnationell projektledargrupp"
 * @param kind board or working group
 * @param organisations the organisations represented
 * @param meetings its meetings
 */
public record WorkingGroup(
    GroupId id,
    ProjectId project,
    String name,
    GroupKind kind,
    List<String> organisations,
    List<MeetingId> meetings) {

  /** Requires every part; a name and organisations of 1 to {@link Limits#NAME} characters. */
  public WorkingGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(kind, "kind");
    name = Texts.required("name", name, Limits.NAME);
    List<String> checked = new ArrayList<>(organisations.size());
    for (int i = 0; i < organisations.size(); i++) {
      checked.add(Texts.required("organisations[" + i + "]", organisations.get(i), Limits.NAME));
    }
    organisations = List.copyOf(checked);
    meetings = List.copyOf(meetings);
  }
}
