package se.westum.consortium.domain.training;

import java.util.Objects;

/**
 * The recorded needs of one sector in a {@link NeedsAnalysis}.
 *
 * @param sector the sector
 * @param name its display name
 * @param selected whether the project selected it
 * @param needs how many needs the visits and answers in the sector named
 * @param companies how many distinct companies of the sector were visited or answered
 * @param prioritySum the sum of those needs' priorities
 */
public record SectorEvidence(
    SectorId sector, String name, boolean selected, int needs, int companies, int prioritySum) {

  /** Requires every part. */
  public SectorEvidence {
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(name, "name");
  }
}
