package se.westum.consortium.domain.mobility;

/** The unit-cost items besides travel. */
public enum UnitCostItem {
  /** Organisational support per participant. */
  ORGANISATIONAL_SUPPORT("organisational-support"),
  /** Inclusion support per participant with fewer opportunities. */
  INCLUSION_SUPPORT("inclusion-support"),
  /** Course fees per participant and day. */
  COURSE_FEE_PER_DAY("course-fee-per-day"),
  /** Course fees at most per participant. */
  COURSE_FEE_MAX("course-fee-max");

  private final String code;

  UnitCostItem(String code) {
    this.code = code;
  }

  /** The item's name in the data file. */
  public String code() {
    return code;
  }
}
