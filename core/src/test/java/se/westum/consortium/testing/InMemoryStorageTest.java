package se.westum.consortium.testing;

import se.westum.consortium.application.port.out.Storage;

/**
 * The in-memory fake keeps the same contract as the real adapters.
 *
 * <p>Every assertion of the inherited contract runs against it.
 */
class InMemoryStorageTest extends StorageContract {

  @Override
  protected Storage emptyStorage() {
    return new InMemoryStorage();
  }
}
