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
package se.westum.consortium.domain.report;

import java.util.List;
import se.westum.consortium.domain.governance.BoardRole;

/**
 * The signature page the report ends with: a line for each board member, by role, for signing at
 * the annual meeting.
 *
 * @param lines one role per board seat, in the board section's order
 */
public record SignaturesSection(List<BoardRole> lines) implements ReportSection {

  /** Copies the list. */
  public SignaturesSection {
    lines = List.copyOf(lines);
  }

  @Override
  public SectionId id() {
    return SectionId.SIGNATURES;
  }

  @Override
  public List<Figure> figures() {
    return List.of();
  }
}
