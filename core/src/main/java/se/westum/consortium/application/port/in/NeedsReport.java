package se.westum.consortium.application.port.in;

import java.util.List;
import java.util.Objects;
import se.westum.consortium.domain.shared.Finding;
import se.westum.consortium.domain.training.FocusAreaEvidence;
import se.westum.consortium.domain.training.NeedsAnalysis;

/**
 * The needs analysis of a project at a date with the evidence behind its focus areas and the
 * findings of its indicators that are counted from records.
 *
 * @param analysis the counts, topics and sectors ranked by evidence
 * @param focusAreas the focus areas chosen by the date, in the order of the ranking
 * @param indicators one {@code indicator-count} finding per indicator fed by records
 */
public record NeedsReport(
    NeedsAnalysis analysis, List<FocusAreaEvidence> focusAreas, List<Finding> indicators) {

  /** Requires every part. */
  public NeedsReport {
    Objects.requireNonNull(analysis, "analysis");
    focusAreas = List.copyOf(focusAreas);
    indicators = List.copyOf(indicators);
  }
}
