package se.westum.consortium.domain.membership;

import java.util.List;
import java.util.Objects;
import se.westum.consortium.domain.shared.Percentage;

/**
 * How many of a region's municipalities paying members cover.
 *
 * @param counties the counties that make up the region
 * @param covered municipalities of the region covered by at least one paying member
 * @param total municipalities in the region
 * @param percent {@code covered} of {@code total}
 */
public record RegionCoverage(List<County> counties, int covered, int total, Percentage percent) {

  /** Requires consistent counts. */
  public RegionCoverage {
    counties = List.copyOf(counties);
    Objects.requireNonNull(percent, "percent");
    if (covered < 0 || covered > total) {
      throw new IllegalArgumentException("covered must be between 0 and total");
    }
  }
}
