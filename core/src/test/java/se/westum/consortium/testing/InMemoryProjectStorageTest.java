package se.westum.consortium.testing;

import se.westum.consortium.application.port.out.Storage;

/** The in-memory fake keeps the project contract too. */
class InMemoryProjectStorageTest extends ProjectStorageContract {

  @Override
  protected Storage emptyStorage() {
    return new InMemoryStorage();
  }
}
