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
package se.westum.consortium.domain.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.ToLongFunction;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.Measurement;
import se.westum.consortium.domain.shared.Finding;

/**
 * An indicator fed by records: its achieved value is the count of the records of its {@link
 * RecordSource}, and a measured value that disagrees with the count on the day it was measured is a
 * finding.
 */
public final class RecordCountPolicy {

  /** The rule's stable name. */
  public static final String RULE = "indicator-count";

  /**
   * Compares the indicator's latest measurement by {@code at} with the records counted on the
   * measurement's day.
   *
   * @param indicator the indicator
   * @param source where its records come from
   * @param at the day judged
   * @param countOn the number of records on a day (for example {@code d ->
   *     RecordSource.visits(visits, d)})
   * @return for example "measured 325 on 2017-02-28; 325 company-visits recorded by then: agree"
   */
  public Finding assess(
      Indicator indicator, RecordSource source, LocalDate at, ToLongFunction<LocalDate> countOn) {
    Optional<Measurement> measured = indicator.achievedBy(at);
    if (measured.isEmpty()) {
      long count = countOn.applyAsLong(at);
      return Finding.satisfied(
          RULE,
          indicator.id()
              + ": no measured value by "
              + at
              + "; "
              + count
              + " "
              + source
              + " recorded, which is its achieved value");
    }
    Measurement m = measured.get();
    long count = countOn.applyAsLong(m.date());
    boolean agree = m.value().compareTo(BigDecimal.valueOf(count)) == 0;
    String reason =
        indicator.id()
            + ": measured "
            + m.value().stripTrailingZeros().toPlainString()
            + " on "
            + m.date()
            + "; "
            + count
            + " "
            + source
            + " recorded by then";
    return (agree
            ? Finding.satisfied(RULE, reason + ": agree")
            : Finding.violated(RULE, reason + ": they disagree"))
        .withArguments(
            indicator.id().value(), m.value().stripTrailingZeros(), m.date(), count, source.code());
  }
}
