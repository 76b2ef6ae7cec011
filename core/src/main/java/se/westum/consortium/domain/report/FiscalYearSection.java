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

/**
 * The fiscal year (verksamhetsår) the report covers.
 *
 * @param year the year it is named by
 * @param start its first day, a figure traced to the rule that sets the fiscal year
 * @param end its last day
 */
public record FiscalYearSection(int year, Figure start, Figure end) implements ReportSection {

  /** Requires both days. */
  public FiscalYearSection {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  @Override
  public SectionId id() {
    return SectionId.FISCAL_YEAR;
  }

  @Override
  public List<Figure> figures() {
    return List.of(start, end);
  }
}
