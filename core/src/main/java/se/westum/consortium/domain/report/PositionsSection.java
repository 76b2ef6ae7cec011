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
import java.util.Objects;
import se.westum.consortium.domain.governance.PositionKind;

/**
 * Other positions of trust (övriga förtroendeposter): the nomination committee and the auditors.
 *
 * @param holders every holder, nomination committee first, each named by position
 * @param nominationCommittee how many sit on the nomination committee
 * @param auditors how many auditors
 */
public record PositionsSection(List<Holder> holders, Figure nominationCommittee, Figure auditors)
    implements ReportSection {

  /** Copies the list; requires the figures. */
  public PositionsSection {
    holders = List.copyOf(holders);
    Objects.requireNonNull(nominationCommittee, "nominationCommittee");
    Objects.requireNonNull(auditors, "auditors");
  }

  /** The holders of one kind of position. */
  public List<Holder> of(PositionKind kind) {
    return holders.stream().filter(h -> h.kind() == kind).toList();
  }

  @Override
  public SectionId id() {
    return SectionId.POSITIONS;
  }

  @Override
  public List<Figure> figures() {
    return List.of(nominationCommittee, auditors);
  }

  /**
   * A position holder.
   *
   * @param kind the position
   * @param name the holder's name, shown because the report names positions
   */
  public record Holder(PositionKind kind, String name) {
    /** Requires both. */
    public Holder {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
    }
  }
}
