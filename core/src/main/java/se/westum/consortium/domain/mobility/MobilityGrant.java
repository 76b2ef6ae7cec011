package se.westum.consortium.domain.mobility;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.westum.consortium.domain.project.ProjectId;
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

  /** A grant without categories, or with one twice. */
  public static final String INVALID_CATEGORIES = "invalid-categories";

  /** A target above 100 %. */
  public static final String INVALID_TARGET = "invalid-target";

  /** The default consumption target. */
  public static final Percentage DEFAULT_TARGET = new Percentage(BigDecimal.valueOf(80));

  /** Requires each category once, at least one, and a target of at most 100 %. */
  public MobilityGrant {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(callYear, "callYear");
    Objects.requireNonNull(target, "target");
    categories = List.copyOf(categories);
    if (categories.isEmpty()
        || categories.stream().map(CategoryGrant::category).distinct().count()
            != categories.size()) {
      throw ValidationException.of(
          "categories",
          INVALID_CATEGORIES,
          "a grant lists each participant category once, at least one");
    }
    if (target.value().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw ValidationException.of("target", INVALID_TARGET, "a target is at most 100 %");
    }
  }

  /** The grant of a category, if the project has one. */
  public Optional<CategoryGrant> category(ParticipantCategory category) {
    return categories.stream().filter(c -> c.category() == category).findFirst();
  }
}
