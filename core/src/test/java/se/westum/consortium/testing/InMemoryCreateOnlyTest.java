package se.westum.consortium.testing;

import se.westum.consortium.application.port.out.Storage;

/**
 * Create-only writes over the in-memory storage. Its tests and assertions are the contract's,
 * inherited from {@link CreateOnlyContract}.
 */
class InMemoryCreateOnlyTest extends CreateOnlyContract {

  @Override
  protected Storage emptyStorage() {
    return new InMemoryStorage();
  }
}
