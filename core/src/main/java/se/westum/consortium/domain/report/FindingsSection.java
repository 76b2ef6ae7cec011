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
 * What the rules found that year; only broken rules are listed.
 *
 * @param findings the findings, grouped by rule in a stable order
 * @param count how many
 */
public record FindingsSection(List<ReportFinding> findings, Figure count) implements ReportSection {

  /** Copies the list; requires the count. */
  public FindingsSection {
    findings = List.copyOf(findings);
    Objects.requireNonNull(count, "count");
  }

  /** The findings of one rule. */
  public List<ReportFinding> of(String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).toList();
  }

  @Override
  public SectionId id() {
    return SectionId.FINDINGS;
  }

  @Override
  public List<Figure> figures() {
    return List.of(count);
  }
}
