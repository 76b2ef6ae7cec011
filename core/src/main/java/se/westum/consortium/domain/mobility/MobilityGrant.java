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
package se.westum.consortium.domain.mobility;

import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.Bounds;
import se.westum.consortium.domain.shared.Limits;
import se.westum.consortium.domain.shared.Percentage;
import se.westum.consortium.domain.shared.ValidationException;

/**
 * The mobility grant of an Erasmus+ project: its call year decides the unit costs; places and
 * budget are granted per participant category; consumption is measured against a target.
 *
 * @param project the project
 * @param callYear the call year
 * @param categories the grant per category, each category once
 * @param target the consumption target (default 80 %, what accreditation asks)
 */
public record MobilityGrant(
    ProjectId project, Year callYear, List<CategoryGrant> categories, Percentage target) {

  /** The default consumption target. */
  public static final Percentage DEFAULT_TARGET = new Percentage(BigDecimal.valueOf(80));

  /** A grant without categories, or with a category twice. */
  public static final String INVALID_CATEGORIES = "invalid-categories";

  /** A target above 100 %. */
  public static final String INVALID_TARGET = "invalid-target";

  /**
   * Requires each category once (a second one is refused at its index, {@code categories[i]}), at
   * least one, a call year in the supported years and a target of at most 100 %.
   */
  public MobilityGrant {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(callYear, "callYear");
    Objects.requireNonNull(target, "target");
    Bounds.year("callYear", callYear.getValue());
    categories = List.copyOf(categories);
    if (categories.isEmpty()) {
      throw ValidationException.of(
          "categories", INVALID_CATEGORIES, "a grant lists at least one participant category");
    }
    Set<ParticipantCategory> seen = EnumSet.noneOf(ParticipantCategory.class);
    for (int i = 0; i < categories.size(); i++) {
      if (!seen.add(categories.get(i).category())) {
        throw ValidationException.of(
            "categories[" + i + "]",
            INVALID_CATEGORIES,
            "a grant lists each participant category once: "
                + categories.get(i).category()
                + " is listed twice");
      }
    }
    if (target.value().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw ValidationException.of("target", INVALID_TARGET, "a target is at most 100 %");
    }
  }

  /**
   * The consumption target given in percent: at most {@link Limits#PERCENT_INTEGER_DIGITS} digits
   * and {@link Limits#PERCENT_SCALE} decimal, never rounded (79.95 is refused, not made 80.0).
   *
   * @throws ValidationException with code {@code too-many-digits} or {@code too-many-decimals}, or
   *     {@link #INVALID_TARGET} for a negative one
   */
  public static Percentage target(BigDecimal percent) {
    Bounds.decimal("target", percent, Limits.PERCENT_INTEGER_DIGITS, Limits.PERCENT_SCALE);
    if (percent.signum() < 0) {
      throw ValidationException.of("target", INVALID_TARGET, "a target is 0 to 100 %");
    }
    return new Percentage(percent);
  }

  /** The grant of a category, if the project has one. */
  public Optional<CategoryGrant> category(ParticipantCategory category) {
    return categories.stream().filter(c -> c.category() == category).findFirst();
  }
}
