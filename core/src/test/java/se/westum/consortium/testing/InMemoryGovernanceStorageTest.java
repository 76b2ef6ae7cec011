package se.westum.consortium.testing;

import se.westum.consortium.application.port.out.Storage;

/**
 * The in-memory fake keeps the governance contract too.
 *
 * <p>Every assertion of the inherited contract runs against it.
 */
class InMemoryGovernanceStorageTest extends GovernanceStorageContract {

  @Override
  protected Storage emptyStorage() {
    return new InMemoryStorage();
  }
}
