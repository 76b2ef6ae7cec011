package se.westum.consortium.domain.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

  /** An indicator whose target is its baseline. */
  public static final String TARGET_EQUALS_BASELINE = "target-equals-baseline";

  /** Two measurements of an indicator on one day. */
  public static final String DUPLICATE_MEASUREMENT = "duplicate-measurement";

  /** Requires every part, a target other than the baseline, one measurement per day. */
  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(target, "target");
    name = Texts.required("name", name, 200);
    unit = Texts.required("unit", unit, 200);
    if (baseline.compareTo(target) == 0) {
      throw ValidationException.of(
          "target", TARGET_EQUALS_BASELINE, "a target differs from the baseline");
    }
    measurements = measurements.stream().sorted(Comparator.comparing(Measurement::date)).toList();
    if (measurements.stream().map(Measurement::date).distinct().count() != measurements.size()) {
      throw ValidationException.of(
          "measurements", DUPLICATE_MEASUREMENT, "one measurement per day");
    }
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
}
