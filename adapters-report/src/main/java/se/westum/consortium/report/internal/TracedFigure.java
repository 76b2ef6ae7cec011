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
package se.westum.consortium.report.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A figure of the report with where it comes from.
 *
 * @param key the core's stable dotted key ({@code board.sessions}); JSON consumers rely on it
 * @param section the id of the section it appears in
 * @param value its value: a whole number, a decimal, or a text (an ISO date)
 * @param unit its unit ({@code count}, {@code percent}, {@code EUR}, {@code date}, ...)
 * @param asOf the ISO day the value holds at, when not the end of the fiscal year
 * @param trace the records and the rule or query that produced it
 */
public record TracedFigure(
    String key,
    String section,
    Object value,
    String unit,
    java.util.Optional<String> asOf,
    Trace trace) {

  /** Rejects a blank key and values of other kinds. */
  public TracedFigure {
    Text.require(key, "key");
    Text.require(section, "section");
    Objects.requireNonNull(asOf, "asOf");
    if (!(value instanceof Long || value instanceof BigDecimal || value instanceof String)) {
      throw new IllegalArgumentException("a figure is a Long, a BigDecimal or a String: " + value);
    }
    Text.require(unit, "unit");
    Objects.requireNonNull(trace, "trace");
  }

  /**
   * Where a figure comes from.
   *
   * @param recordKind the kind of records counted or read ({@code meeting}, {@code mobility}, ...)
   * @param ids the records' ids, empty when only their count is given
   * @param count how many records
   * @param rule the rule or query that produced the figure
   */
  public record Trace(String recordKind, List<String> ids, long count, String rule) {

    /** Rejects a count smaller than the ids listed. */
    public Trace {
      Text.require(recordKind, "recordKind");
      ids = List.copyOf(ids);
      if (count < ids.size()) {
        throw new IllegalArgumentException("a trace counts at least the ids it lists");
      }
      Text.require(rule, "rule");
    }
  }
}
