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
 * Where a figure comes from: the kind of record counted or read, the records' ids (or only their
 * count when there are more than {@link #MAX_IDS}) and the rule or query that produced it.
 *
 * @param recordKind the record kind, for example {@code meeting} or {@code company-visit}
 * @param recordIds the records' ids, every one of them, or none when they are only counted (always
 *     when more than {@link #MAX_IDS})
 * @param recordCount how many records the figure was computed from
 * @param rule the rule id or the query in words, for example {@code "meetings of kind BOARD_MEETING
 *     starting in 2016"}
 */
public record Trace(String recordKind, List<String> recordIds, int recordCount, String rule) {

  /** Above this many records a trace keeps only their count. */
  public static final int MAX_IDS = 40;

  /** Requires the parts; the ids are all the records or none. */
  public Trace {
    Objects.requireNonNull(recordKind, "recordKind");
    recordIds = List.copyOf(recordIds);
    Objects.requireNonNull(rule, "rule");
    if (recordCount < 0) {
      throw new IllegalArgumentException("a record count cannot be negative: " + recordCount);
    }
    if (recordIds.size() > MAX_IDS || !(recordIds.size() == recordCount || recordIds.isEmpty())) {
      throw new IllegalArgumentException(
          "a trace names all its records (at most "
              + MAX_IDS
              + ") or only counts them: "
              + recordIds.size()
              + " ids for "
              + recordCount
              + " records");
    }
  }

  /** The trace of the records {@code ids}: the ids kept when few, only their count when many. */
  public static Trace of(String recordKind, List<String> ids, String rule) {
    List<String> kept = ids.size() > MAX_IDS ? List.of() : ids;
    return new Trace(recordKind, kept, ids.size(), rule);
  }

  /**
   * The trace of records only counted, where the count comes from an aggregate (a query that groups
   * them) and not from reading each.
   */
  public static Trace counted(String recordKind, long count, String rule) {
    return new Trace(recordKind, List.of(), Math.toIntExact(count), rule);
  }

  /** True when the ids were left out for their number. */
  public boolean countedOnly() {
    return recordIds.isEmpty() && recordCount > 0;
  }
}
