package se.westum.consortium.archfixture.rest;

import se.westum.consortium.archfixture.domain.internal.CoreHelper;

/** Bad: an adapter calling a class of the core's internal package. */
public final class RestUsingCoreInternal {

  /** The dependency. */
  public int helped() {
    return CoreHelper.help();
  }
}
