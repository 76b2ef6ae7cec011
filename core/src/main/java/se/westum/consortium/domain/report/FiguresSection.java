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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The year in figures (verksamheten i siffror): the paying members, the municipalities they cover
 * in their regions, and the year's headline figures.
 *
 * @param payingMembers the members who paid their fee of the year
 * @param municipalities the municipalities the paying members cover (a member may cover several)
 * @param regions the regions (counties) those municipalities lie in, by name
 * @param headline the year's other headline figures (sessions, events, participants, visits, ...)
 *     repeated from their sections
 */
public record FiguresSection(
    Figure payingMembers, Figure municipalities, List<String> regions, List<Figure> headline)
    implements ReportSection {

  /** Requires the figures; copies the lists. */
  public FiguresSection {
    Objects.requireNonNull(payingMembers, "payingMembers");
    Objects.requireNonNull(municipalities, "municipalities");
    regions = List.copyOf(regions);
    headline = List.copyOf(headline);
  }

  @Override
  public SectionId id() {
    return SectionId.FIGURES;
  }

  @Override
  public List<Figure> figures() {
    List<Figure> all = new ArrayList<>(List.of(payingMembers, municipalities));
    all.addAll(headline);
    return List.copyOf(all);
  }
}
