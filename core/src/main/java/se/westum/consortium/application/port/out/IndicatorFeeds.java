package se.westum.consortium.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.training.IndicatorFeed;

/** The indicators whose achieved values are counted from records, one source per indicator. */
public interface IndicatorFeeds {

  /** The feed of an indicator, if it has one. */
  Optional<IndicatorFeed> find(IndicatorId indicator);

  /** Every feed ordered by indicator. */
  List<IndicatorFeed> all();

  /**
   * Stores many feeds, replacing by indicator; one equal to the stored one is not rewritten.
   *
   * @return how many were added, changed and left unchanged
   */
  Saved saveAll(Collection<IndicatorFeed> feeds);
}
