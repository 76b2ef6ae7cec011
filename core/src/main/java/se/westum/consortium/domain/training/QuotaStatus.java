package se.westum.consortium.domain.training;

/** Where a partner stands against its quota of needs-based trainings. */
public enum QuotaStatus {
  /** Between the quota's min and max counted. */
  COMPLIANT,
  /** Below the min while the project still runs. */
  IN_PROGRESS,
  /** Below the min after the project ended, or above the max. */
  NON_COMPLIANT
}
