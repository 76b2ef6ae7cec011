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
import se.westum.consortium.domain.shared.Finding;

/**
 * What a rule found that year: a member whose fee is not paid in full, a partner below its training
 * quota, a training that breaks a rule, an indicator whose value disagrees with the records, a
 * consumption below target, a narrative fragment contradicting a figure.
 *
 * @param rule the rule's stable id, for example {@code paid-in-full}
 * @param subject what it is about: a record id, or a fragment and line ({@code
 *     narrative/sv/board.md:3})
 * @param reason the rule's explanation in English words, for JSON and the command line
 * @param trace the records it judged
 * @param code which wording of the rule the arguments fill ({@link Finding#code()}): a renderer
 *     words the finding in its language from the code and the arguments, never from the reason
 * @param arguments the facts the reason states, typed ({@link Finding#arguments()}); empty when the
 *     rule gives none, and then the reason is all there is
 */
public record ReportFinding(
    String rule, String subject, String reason, Trace trace, String code, List<Object> arguments) {

  /** Requires all parts. */
  public ReportFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(trace, "trace");
    Objects.requireNonNull(code, "code");
    // the same checks as a rule's finding: a renderer can format every argument
    arguments = new Finding(rule, false, reason, code, arguments).arguments();
  }

  /** A finding without typed arguments: its code is its rule. */
  public ReportFinding(String rule, String subject, String reason, Trace trace) {
    this(rule, subject, reason, trace, rule, List.of());
  }

  /** The report's finding of a rule's {@code finding} about {@code subject}. */
  public static ReportFinding of(Finding finding, String subject, Trace trace) {
    return new ReportFinding(
        finding.rule(), subject, finding.reason(), trace, finding.code(), finding.arguments());
  }
}
