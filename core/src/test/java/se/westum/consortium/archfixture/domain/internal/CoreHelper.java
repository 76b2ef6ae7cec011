package se.westum.consortium.archfixture.domain.internal;

/** A helper in an internal package of the (fixture) core: not API. */
public final class CoreHelper {

  private CoreHelper() {}

  /** Something an adapter should not call. */
  public static int help() {
    return 1;
  }
}
