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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure of the report: a value computed from records, with its trace. A figure never comes from
 * narrative text.
 *
 * @param key its stable key, dotted lower-case words, for example {@code board.sessions} or {@code
 *     project.kobra.visits}; the JSON's key and the renderers' label key
 * @param value the value
 * @param asOf the day the value holds at, when not the end of the fiscal year (the 325 visits of
 *     2017-02-28)
 * @param trace where it comes from
 */
public record Figure(String key, FigureValue value, Optional<LocalDate> asOf, Trace trace) {

  /** Requires a key of the form and all parts. */
  public Figure {
    Objects.requireNonNull(key, "key");
    if (!key.matches("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*")) {
      throw new IllegalArgumentException("a figure key is dotted lower-case words: " + key);
    }
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(trace, "trace");
  }

  /** A count at the end of the fiscal year. */
  public static Figure count(String key, long count, Trace trace) {
    return new Figure(key, new FigureValue.Count(count), Optional.empty(), trace);
  }

  /** A percentage at the end of the fiscal year. */
  public static Figure percent(String key, BigDecimal percent, Trace trace) {
    return new Figure(key, new FigureValue.Percent(percent), Optional.empty(), trace);
  }

  /** A day. */
  public static Figure day(String key, LocalDate day, Trace trace) {
    return new Figure(key, new FigureValue.Day(day), Optional.empty(), trace);
  }

  /** The same figure holding at {@code day}. */
  public Figure at(LocalDate day) {
    return new Figure(key, value, Optional.of(day), trace);
  }

  /** The value as a number, for comparing with narrative text. */
  public BigDecimal number() {
    return value.number();
  }
}
