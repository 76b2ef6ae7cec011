package se.westum.consortium.application.port.out;

/**
 * What a batch save did: records new to the store, records that replaced a different stored record,
 * and records equal to the stored one, which a store must not rewrite (nor bump a version of).
 *
 * @param added new records
 * @param changed replaced records
 * @param unchanged records equal to what was stored
 */
public record Saved(int added, int changed, int unchanged) {

  /** Nothing saved. */
  public static final Saved NONE = new Saved(0, 0, 0);

  /** Requires counts of at least zero. */
  public Saved {
    if (added < 0 || changed < 0 || unchanged < 0) {
      throw new IllegalArgumentException("counts are at least zero");
    }
  }

  /** The sum of both. */
  public Saved plus(Saved other) {
    return new Saved(added + other.added, changed + other.changed, unchanged + other.unchanged);
  }
}
