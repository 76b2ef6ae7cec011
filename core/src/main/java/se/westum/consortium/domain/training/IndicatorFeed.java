package se.westum.consortium.domain.training;

import java.util.Objects;
import se.westum.consortium.domain.project.IndicatorId;

/**
 * An indicator whose achieved value is counted from records (see {@link RecordCountPolicy}).
 *
 * @param indicator the indicator
 * @param source the records it counts
 */
public record IndicatorFeed(IndicatorId indicator, RecordSource source) {

  /** Requires both parts. */
  public IndicatorFeed {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(source, "source");
  }
}
