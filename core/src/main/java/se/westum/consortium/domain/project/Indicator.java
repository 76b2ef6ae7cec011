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
package se.westum.consortium.domain.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Percentage;
import se.westum.consortium.domain.shared.Texts;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * An indicator of a project with baseline, target and dated measurements (seed: 325 company visits
 * by 2017-02-28).
 *
 * @param id its identity
 * @param project the project
 * @param name what it measures
 * @param unit its unit, for example "visits"
 * @param baseline the value at the start
 * @param target the value to reach, different from the baseline
 * @param measurements measurements, in date order, one per day at most
 */
public record Indicator(
    IndicatorId id,
    ProjectId project,
    String name,
    String unit,
    BigDecimal baseline,
    BigDecimal target,
    List<Measurement> measurements) {

  /** A target equal to the baseline: nothing to reach. */
  public static final String TARGET_EQUALS_BASELINE = "target-equals-baseline";

  /** A second measurement on one day. */
  public static final String DUPLICATE_MEASUREMENT = "duplicate-measurement";

  /**
   * Requires every part, values of at most {@link Limits#INDICATOR_INTEGER_DIGITS} digits and
   * {@link Limits#INDICATOR_SCALE} decimals, a target other than the baseline, one measurement per
   * day.
   */
  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(project, "project");
    name = Texts.required("name", name, Limits.NAME);
    unit = Texts.required("unit", unit, Limits.NAME);
    value("baseline", baseline);
    value("target", target);
    if (baseline.compareTo(target) == 0) {
      throw ValidationException.of(
          "target", TARGET_EQUALS_BASELINE, "a target differs from the baseline");
    }
    Set<LocalDate> days = new HashSet<>();
    for (int i = 0; i < measurements.size(); i++) {
      if (!days.add(measurements.get(i).date())) {
        throw ValidationException.of(
            "measurements[" + i + "]",
            DUPLICATE_MEASUREMENT,
            "one measurement per day: " + measurements.get(i).date() + " is measured twice");
      }
    }
    measurements = measurements.stream().sorted(Comparator.comparing(Measurement::date)).toList();
  }

  /** The latest measurement on or before {@code day}. */
  public Optional<Measurement> achievedBy(LocalDate day) {
    return measurements.stream().filter(m -> !m.date().isAfter(day)).reduce((a, b) -> b);
  }

  /**
   * Progress from baseline towards target by {@code day}, in percent, never negative (a value that
   * moved away from the target is 0 %); empty without a measurement.
   */
  public Optional<Percentage> progressBy(LocalDate day) {
    return achievedBy(day)
        .map(
            m -> {
              BigDecimal done = m.value().subtract(baseline);
              BigDecimal whole = target.subtract(baseline);
              return done.signum() != whole.signum()
                  ? Percentage.of(BigDecimal.ZERO, whole.abs())
                  : Percentage.of(done.abs(), whole.abs());
            });
  }

  /** The same indicator with one more measurement (replacing one of the same day). */
  public Indicator measured(Measurement measurement) {
    List<Measurement> others =
        measurements.stream().filter(m -> !m.date().equals(measurement.date())).toList();
    return new Indicator(
        id,
        project,
        name,
        unit,
        baseline,
        target,
        java.util.stream.Stream.concat(others.stream(), java.util.stream.Stream.of(measurement))
            .toList());
  }

  /**
   * Returns an indicator value (baseline, target, measured value) when it fits what is stored.
   *
   * @throws ValidationException with code {@code too-many-digits} or {@code too-many-decimals}
   */
  public static BigDecimal value(String field, BigDecimal value) {
    return Bounds.decimal(field, value, Limits.INDICATOR_INTEGER_DIGITS, Limits.INDICATOR_SCALE);
  }
}
